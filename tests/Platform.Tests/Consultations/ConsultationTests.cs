namespace Platform.Tests.Consultations;

/// <summary>
/// Back-office consultation between Yamagata's municipalities and the prefecture's center
/// (prefecture 06; no other test uses it): consent-bound, pseudonymised, audited.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ConsultationTests(PlatformFixture fixture)
{
    private const string Yamagata = "060003";

    // A day of the previous fiscal year, which is open whatever the day the test runs (DATE_IN_CLOSED_YEAR).
    private static readonly DateOnly ContactDay = FiscalYear.StartOf(FiscalYear.Of(JapanDate.Today(TimeProvider.System)) - 1).AddDays(39);

    private const string Read = """
        query($id: ID!) { node(id: $id) { ... on Consultation { status question caseId closedAt advice { advice }
          caseSummary { pseudonym ageBand gender is8050 withdrawalDuration concerns status contacts { on channel with } } } } }
        """;

    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task Consultation_ShowsThePrefectureAPseudonymisedSummary_AndItsAdviceReachesTheMunicipality()
    {
        var worker = Host.Token("062014", Roles.Caseworker);
        var officer = Host.Token(Yamagata, Roles.PrefecturalOfficer);
        var caseId = await OpenCaseAsync(worker, "062014");
        Assert.Equal("CONSULTATION_CONSENT_REQUIRED", (string)(await RequestAsync(worker, caseId))["errors"]![0]!["code"]!);
        await ConsentAsync(worker, caseId);

        var requested = await RequestAsync(worker, caseId);
        Assert.Empty(requested["errors"]!.AsArray());
        var id = (string)requested["consultation"]!["id"]!;

        var listed = await Host.QueryAsync("""{ prefecture(code: "06") { consultations(status: OPEN) { nodes { id municipality { code } } } } }""", token: officer);
        Assert.Contains(listed["prefecture"]!["consultations"]!["nodes"]!.AsArray(), n => (string)n!["id"]! == id);

        var seen = await Host.QueryAsync(Read, new { id }, officer);
        var text = seen.ToJsonString();
        foreach (var secret in new[] { "最上 花子", "もがみ はなこ", "山形市旅篭町", "023-000-0000", "1985", "面談メモ", "電話メモ", caseId })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        var summary = seen["node"]!["caseSummary"]!;
        Assert.Equal("FROM_40_TO_49", (string)summary["ageBand"]!);
        Assert.Equal("FEMALE", (string)summary["gender"]!);
        Assert.True((bool)summary["is8050"]!);
        Assert.Equal(["MENTAL_HEALTH"], summary["concerns"]!.AsArray().Select(c => (string)c!));
        Assert.Equal("HOME_VISIT", (string)summary["contacts"]![0]!["channel"]!);
        Assert.Equal($"{ContactDay:yyyy-MM-dd}", (string)summary["contacts"]![0]!["on"]!);
        Assert.Null(seen["node"]!["caseId"]);

        var (_, byMunicipality) = await Host.PostAsync(Respond, new { id }, Host.Token("062014", Roles.Supervisor));
        Assert.Equal("FORBIDDEN", (string?)byMunicipality["errors"]?[0]?["extensions"]?["code"]);
        var answered = await Host.QueryAsync(Respond, new { id }, officer);
        Assert.Equal("ANSWERED", (string)answered["respondToConsultation"]!["consultation"]!["status"]!);

        var own = await Host.QueryAsync("""query($c: ID!) { case(id: $c) { consultations { status caseId advice { advice by } } } }""", new { c = caseId }, worker);
        var mine = Assert.Single(own["case"]!["consultations"]!.AsArray())!;
        Assert.Equal(caseId, (string)mine["caseId"]!);
        Assert.Equal("まず家族面談を重ねてください", (string)mine["advice"]![0]!["advice"]!);
    }

    [Fact]
    public async Task Consultation_AfterTheConsentIsWithdrawnOrTheConsultationClosed_IsNoLongerSeenByThePrefecture_AndEveryAccessIsAudited()
    {
        var worker = Host.Token("062022", Roles.Caseworker);
        var officer = Host.Token(Yamagata, Roles.PrefecturalOfficer);
        var caseId = await OpenCaseAsync(worker, "062022");
        var consentId = await ConsentAsync(worker, caseId);
        var id = (string)(await RequestAsync(worker, caseId))["consultation"]!["id"]!;
        await Host.QueryAsync(Read, new { id }, officer);

        await Host.QueryAsync("""mutation($c: ID!, $k: ID!) { withdrawConsent(input: { caseId: $c, consentId: $k, withdrawnOn: "2025-06-01" }) { errors { code } } }""", new { c = caseId, k = consentId }, worker);

        var (_, read) = await Host.PostAsync(Read, new { id }, officer);
        Assert.Equal("FORBIDDEN", (string?)read["errors"]?[0]?["extensions"]?["code"]);
        Assert.DoesNotContain("MENTAL_HEALTH", read.ToJsonString(), StringComparison.Ordinal);
        var (_, respond) = await Host.PostAsync(Respond, new { id }, officer);
        Assert.Equal("FORBIDDEN", (string?)respond["errors"]?[0]?["extensions"]?["code"]);
        var list = await Host.QueryAsync("""{ prefecture(code: "06") { consultations { nodes { id status } } } }""", token: officer);
        Assert.Contains(list["prefecture"]!["consultations"]!["nodes"]!.AsArray(), n => (string)n!["id"]! == id);

        // A new consent lets the centre see it again, until the municipality closes the consultation.
        await ConsentAsync(worker, caseId);
        Assert.NotNull((await Host.QueryAsync(Read, new { id }, officer))["node"]!["caseSummary"]);
        var closed = await Host.QueryAsync("""mutation($id: ID!) { closeConsultation(input: { consultationId: $id }) { consultation { status closedAt } errors { code } } }""", new { id }, worker);
        Assert.Equal("CLOSED", (string)closed["closeConsultation"]!["consultation"]!["status"]!);
        var (_, afterClose) = await Host.PostAsync(Read, new { id }, officer);
        Assert.Equal("FORBIDDEN", (string?)afterClose["errors"]?[0]?["extensions"]?["code"]);
        Assert.Equal("CLOSED", (string)(await Host.QueryAsync(Read, new { id }, worker))["node"]!["status"]!);

        var log = await AuditAsync(Host.Token("062022", Roles.TenantAdmin));
        var reads = log.Where(e => (string)e["objectType"]! == "Consultation" && (string)e["actorTenantCode"]! == Yamagata).ToList();
        Assert.Contains(reads, e => (string)e["action"]! == "consultation.read" && (string)e["outcome"]! == "ALLOWED");
        Assert.True(reads.Count(e => (string)e["outcome"]! == "DENIED") >= 3, string.Join('\n', reads.Select(e => e.ToJsonString())));
        Assert.All(reads, e => Assert.Equal("prefectural-consultation", (string)e["purpose"]!));
    }

    [Fact]
    public async Task Consultation_AfterTheConsentIsWithdrawn_ARetriedRespondAndACloseByThePrefecture_ShowItNothing()
    {
        var worker = Host.Token("062057", Roles.Caseworker);
        var officer = Host.Token(Yamagata, Roles.PrefecturalOfficer);
        var caseId = await OpenCaseAsync(worker, "062057");
        var consentId = await ConsentAsync(worker, caseId);
        var asked = await Host.QueryAsync(
            """mutation($c: ID!) { requestConsultation(input: { caseId: $c, question: "secret-question-text" }) { consultation { id } errors { code } } }""",
            new { c = caseId }, worker);
        var id = (string)asked["requestConsultation"]!["consultation"]!["id"]!;
        const string respond = """
            mutation($id: ID!) { respondToConsultation(input: { clientMutationId: "advice-1", consultationId: $id, advice: "secret-advice-text" })
              { consultation { status question advice { advice } } errors { code } } }
            """;
        Assert.Equal("ANSWERED", (string)(await Host.QueryAsync(respond, new { id }, officer))["respondToConsultation"]!["consultation"]!["status"]!);

        await Host.QueryAsync("""mutation($c: ID!, $k: ID!) { withdrawConsent(input: { caseId: $c, consentId: $k, withdrawnOn: "2025-06-01" }) { errors { code } } }""", new { c = caseId, k = consentId }, worker);

        var (_, retried) = await Host.PostAsync(respond, new { id }, officer);
        var (_, closed) = await Host.PostAsync(
            """mutation($id: ID!) { closeConsultation(input: { consultationId: $id }) { consultation { status question advice { advice } } errors { code } } }""", new { id }, officer);
        foreach (var body in new[] { retried, closed })
        {
            Assert.Equal("FORBIDDEN", (string?)body["errors"]?[0]?["extensions"]?["code"]);
            Assert.DoesNotContain("secret-question-text", body.ToJsonString(), StringComparison.Ordinal);
            Assert.DoesNotContain("secret-advice-text", body.ToJsonString(), StringComparison.Ordinal);
        }

        // The municipality still sees and closes its own consultation.
        Assert.Equal("ANSWERED", (string)(await Host.QueryAsync(Read, new { id }, worker))["node"]!["status"]!);
    }

    [Fact]
    public async Task Consultation_OfAnotherPrefecturesMunicipality_IsForbidden()
    {
        var worker = Host.Token("062031", Roles.Caseworker);
        var caseId = await OpenCaseAsync(worker, "062031");
        await ConsentAsync(worker, caseId);
        var id = (string)(await RequestAsync(worker, caseId))["consultation"]!["id"]!;

        foreach (var token in new[] { Host.Token("050008", Roles.PrefecturalOfficer), Host.Token("062049", Roles.Caseworker), Host.Token("nation", Roles.NationalAnalyst) })
        {
            var (_, body) = await Host.PostAsync(Read, new { id }, token);
            Assert.Equal("FORBIDDEN", (string?)body["errors"]?[0]?["extensions"]?["code"]);
        }

        var (_, list) = await Host.PostAsync("""{ prefecture(code: "06") { consultations { totalCount } } }""", token: Host.Token("050008", Roles.PrefecturalOfficer));
        Assert.Equal("FORBIDDEN", (string?)list["errors"]?[0]?["extensions"]?["code"]);
    }

    private const string Respond = """mutation($id: ID!) { respondToConsultation(input: { consultationId: $id, advice: "まず家族面談を重ねてください" }) { consultation { status } errors { code } } }""";

    private async Task<string> OpenCaseAsync(string token, string tenant)
    {
        var opened = await Host.QueryAsync(
            $$"""
            mutation { openCase(input: { openedOn: "{{ContactDay.AddDays(-9):yyyy-MM-dd}}", referralSource: FAMILY, notes: "面談メモ",
              subject: { name: "最上 花子", kana: "もがみ はなこ", birthYear: 1985, gender: FEMALE, address: "山形市旅篭町1-1", phone: "023-000-0000" },
              household: { is8050: true }, concerns: [MENTAL_HEALTH] }) { case { id } errors { code } } }
            """, token: token);
        var caseId = (string)opened["openCase"]!["case"]!["id"]!;
        await Host.QueryAsync($$"""mutation($c: ID!) { recordContact(input: { caseId: $c, at: "{{ContactDay:yyyy-MM-dd}}T10:00:00+09:00", channel: HOME_VISIT, with: FAMILY, notes: "電話メモ" }) { errors { code } } }""", new { c = caseId }, token);
        Assert.StartsWith(tenant, Tenant(caseId), StringComparison.Ordinal);
        return caseId;
    }

    private static string Tenant(string globalId) => System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Pad(globalId.Replace('-', '+').Replace('_', '/'))))[5..];

    private static string Pad(string s) => s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '=');

    private async Task<string> ConsentAsync(string token, string caseId)
    {
        var data = await Host.QueryAsync(
            """mutation($c: ID!) { recordConsent(input: { caseId: $c, purpose: PREFECTURAL_CONSULTATION, givenBy: PERSON, givenOn: "2025-05-02" }) { case { consents { id purpose isInForce } } errors { code } } }""",
            new { c = caseId }, token);
        return (string)data["recordConsent"]!["case"]!["consents"]!.AsArray().Last(c => (bool)c!["isInForce"]!)!["id"]!;
    }

    private async Task<JsonNode> RequestAsync(string token, string caseId)
    {
        var data = await Host.QueryAsync(
            """mutation($c: ID!) { requestConsultation(input: { caseId: $c, question: "父親との関係が悪化しています。訪問の頻度について助言ください" }) { consultation { id status } errors { code } } }""",
            new { c = caseId }, token);
        return data["requestConsultation"]!;
    }

    private async Task<List<JsonNode>> AuditAsync(string token)
    {
        var entries = new List<JsonNode>();
        string? after = null;
        var total = 0;
        do
        {
            var page = await Host.QueryAsync(
                """query($after: String) { auditLog(first: 100, after: $after) { totalCount nodes { action objectType actorTenantCode outcome purpose } pageInfo { hasNextPage endCursor } } }""",
                new { after }, token);
            entries.AddRange(page["auditLog"]!["nodes"]!.AsArray().Select(n => n!));
            total = (int)page["auditLog"]!["totalCount"]!;
            after = (bool)page["auditLog"]!["pageInfo"]!["hasNextPage"]! ? (string)page["auditLog"]!["pageInfo"]!["endCursor"]! : null;
        }
        while (after is not null);

        // The count is the chain's length, the reads of the log included.
        Assert.Equal(entries.Count, total);
        return entries;
    }
}
