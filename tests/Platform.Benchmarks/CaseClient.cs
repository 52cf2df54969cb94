namespace Platform.Benchmarks;

/// <summary>
/// A caseworker of one tenant over GraphQL (API.md "Cases"): opens cases, records contacts
/// and pages through the tenant's case list.
/// </summary>
/// <param name="client">A client carrying the caseworker's bearer token.</param>
internal sealed class CaseClient(GraphQLClient client)
{
    private const string OpenCase =
        "mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } errors { code } } }";

    private const string RecordContact =
        "mutation($input: RecordContactInput!) { recordContact(input: $input) { case { id } errors { code } } }";

    // Must match PagingRunner.PageSize in first:.
    private const string CasesPage =
        "query($after: String) { cases(first: 100, after: $after) { edges { cursor node { caseNumber status } } "
        + "pageInfo { hasNextPage endCursor } } }";

    // A family's first call about a son in his forties: the typical 8050 intake.
    private static object OpenInput(string clientMutationId) => new
    {
        openedOn = "2025-06-01",
        referralSource = "FAMILY",
        subject = new { kana = "やまだ たろう", ageBand = "FROM_40_TO_49", gender = "MALE" },
        household = new { is8050 = true },
        clientMutationId,
    };

    /// <summary>
    /// Opens a case and returns its global id. Every write sends a new clientMutationId, as the
    /// web app does, so the silo keeps a reply key for it as it would in production.
    /// </summary>
    public async Task<string> OpenAsync(CancellationToken ct)
    {
        var data = await client.PostAsync(OpenCase, new { input = OpenInput(NewMutationId()) }, ct);
        return GraphQLClient.Payload(data, "openCase").GetProperty("case").GetProperty("id").GetString()
            ?? throw new InvalidOperationException("openCase answered a case without an id.");
    }

    /// <summary>
    /// An openCase whose clientMutationId is one character too long: answered with a user error by
    /// the resolver before any grain is called, so it costs HTTP, parsing, validation and
    /// authorization only.
    /// </summary>
    public async Task RefusedOpenAsync(CancellationToken ct)
    {
        var input = OpenInput(new string('x', 101));
        var payload = (await client.PostAsync(OpenCase, new { input }, ct)).GetProperty("openCase");
        if (payload.GetProperty("errors").GetArrayLength() == 0)
        {
            throw new InvalidOperationException("openCase took a clientMutationId longer than 100 characters.");
        }
    }

    /// <summary>Records a 30-minute phone call with the family on case <paramref name="caseId"/>.</summary>
    public async Task RecordContactAsync(string caseId, CancellationToken ct)
    {
        var input = new
        {
            caseId,
            at = "2025-06-02T10:00:00+09:00",
            channel = "PHONE",
            @with = "FAMILY",
            minutes = 30,
            notes = "母親より電話。本人は自室で過ごすことが多い。次回は訪問を提案。",
            clientMutationId = NewMutationId(),
        };
        GraphQLClient.Payload(await client.PostAsync(RecordContact, new { input }, ct), "recordContact");
    }

    private static string NewMutationId() => Guid.NewGuid().ToString("N");

    /// <summary>The page of the tenant's cases after <paramref name="after"/>.</summary>
    public async Task<Page> PageAsync(string? after, CancellationToken ct) =>
        Page.Of((await client.PostAsync(CasesPage, new { after }, ct)).GetProperty("cases"), PagingRunner.PageSize);
}
