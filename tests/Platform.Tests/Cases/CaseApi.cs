namespace Platform.Tests.Cases;

/// <summary>
/// A caller of the case API over HTTP: one tenant, one role, one token. Mutations return their
/// payload; anything that is not a payload (a GraphQL error) fails the test unless asked for.
/// </summary>
public sealed class CaseApi(PlatformHost host, string tenant, string role = "Caseworker", string? subject = null)
{
    /// <summary>Every field of a case, as a fragment.</summary>
    public const string CaseFields = """
        fragment CaseFields on Case {
          id caseNumber status openedOn closedOn closureReason tenantCode assignedTo referralSource
          subject { name kana birthYear ageBand gender address phone email }
          household { is8050 members { relationship name birthYear ageBand notes } }
          withdrawalDuration concerns notes
          contacts(first: 100) { totalCount nodes { id at channel with minutes worker notes } }
          referrals { id destination agencyName referredOn outcome notes }
          consents { id purpose agencyName givenBy givenOn withdrawnOn isInForce }
          transferredTo transferredFrom purged
        }
        """;

    /// <summary>The day in Japan, as the grains count days.</summary>
    public static DateOnly Today => JapanDate.Today(TimeProvider.System);

    /// <summary>The caller's tenant.</summary>
    public string Tenant => tenant;

    /// <summary>The caller's token.</summary>
    public string Token { get; } = subject is null
        ? host.Token(tenant, role)
        : Platform.Silo.Identity.DevelopmentTokens.Mint(host.DataDirectory, tenant, [role], subject, TimeSpan.FromHours(1));

    /// <summary>Now in Japan, to the second.</summary>
    public static DateTimeOffset Now
    {
        get
        {
            var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9));
            return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        }
    }

    /// <summary>The caller's subject (the worker's id).</summary>
    public string Subject => subject ?? $"test-{tenant}-{role}";

    /// <summary>The date as the API writes it.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The time as the API writes it.</summary>
    public static string Iso(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs mutation <paramref name="name"/> (input type "{Name}Input") and returns its payload.</summary>
    public async Task<JsonNode> MutateAsync(string name, object input)
    {
        var data = await host.QueryAsync(Mutation(name), new { input }, Token);
        return data[name]!;
    }

    /// <summary>Runs mutation <paramref name="name"/> and returns the whole response (for GraphQL errors).</summary>
    public async Task<JsonNode> MutateRawAsync(string name, object input) => (await host.PostAsync(Mutation(name), new { input }, Token)).Body;

    /// <summary>Opens a case that must succeed; returns the case.</summary>
    public async Task<JsonNode> OpenAsync(object input)
    {
        var payload = await MutateAsync("openCase", input);
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return payload["case"]!;
    }

    /// <summary>A change that must succeed; returns the case as it now stands.</summary>
    public async Task<JsonNode> ChangeAsync(string name, object input)
    {
        var payload = await MutateAsync(name, input);
        Assert.True(payload["errors"]!.AsArray().Count == 0, $"{name}: {payload.ToJsonString()}");
        return payload["case"]!;
    }

    /// <summary>The one user error of a refused change (and no case).</summary>
    public async Task<JsonNode> RefusedAsync(string name, object input)
    {
        var payload = await MutateAsync(name, input);
        Assert.True(payload["case"] is null, $"{name}: {payload.ToJsonString()}");
        return Assert.Single(payload["errors"]!.AsArray())!;
    }

    /// <summary>A case by global id, or null.</summary>
    public async Task<JsonNode?> CaseAsync(string id) =>
        (await host.QueryAsync("query($id: ID!) { case(id: $id) { ...CaseFields } }" + CaseFields, new { id }, Token))["case"];

    /// <summary>A query that must succeed, as this caller.</summary>
    public Task<JsonNode> QueryAsync(string query, object? variables = null) => host.QueryAsync(query, variables, Token);

    /// <summary>A query or mutation as this caller: status and the whole body.</summary>
    public async Task<JsonNode> PostAsync(string query, object? variables = null) => (await host.PostAsync(query, variables, Token)).Body;

    /// <summary>The <c>extensions.code</c> of the first GraphQL error of a response, or null.</summary>
    public static string? ErrorCode(JsonNode body) => (string?)body["errors"]?[0]?["extensions"]?["code"];

    private static string Mutation(string name) =>
        $$"""mutation($input: {{char.ToUpperInvariant(name[0])}}{{name[1..]}}Input!) { {{name}}(input: $input) { clientMutationId case { ...CaseFields } errors { code message field } } }""" + CaseFields;
}
