using GraphQL.Types;

namespace Platform.Tests.Access;

/// <summary>
/// Every mutation of the schema, found from the schema itself, tried with every role from
/// tenants that do not own the target (municipality 132292 in Tokyo, and a case it owns): all
/// are refused and nothing is written: no stored state of any kind (programs, cases, satellites,
/// grants, consultations, activities, desks...) of 132292 or of Tokyo changes. A new mutation fails this test until it has a sample
/// input here. <c>openCase</c> names no target: it always opens in the caller's own tenant, so
/// its sample checks that it never lands in 132292.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GraphQLIsolationTests(PlatformFixture fixture)
{
    private const int Year = 2099;

    // Replaced by the global id of a case of 132292 that the test opens first.
    private const string CaseId = "@CASE_ID";

    // Ids of a satellite of Tokyo in 132292 and of a consultation of 132292: what another
    // tenant's caller would have to guess. Neither needs to exist to be refused.
    private static readonly string Satellite = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("Satellite:132292-1")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    private static readonly string WorkItem = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"WorkItem:132292/{new string('a', 32)}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    private static readonly string Consultation = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Consultation:132292/{new string('a', 32)}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static readonly Dictionary<string, string> Samples = new()
    {
        ["designateProgram"] = $$"""mutation { designateProgram(input: { municipalityCode: "132292", fiscalYear: {{Year}}, tier: SUPPORT_PROJECT, functions: [CONSULTATION] }) { errors { code } } }""",
        ["reportRequestStatus"] = $$"""mutation { reportRequestStatus(input: { municipalityCode: "132292", fiscalYear: {{Year}}, deskClarified: true, deskPublicized: false, factFindingSurvey: false, municipalPlatform: false }) { errors { code } } }""",
        ["openCase"] = """mutation { openCase(input: { openedOn: "2025-04-01", referralSource: FAMILY }) { case { tenantCode } errors { code } } }""",
        ["recordContact"] = $$"""mutation { recordContact(input: { caseId: "{{CaseId}}", at: "2025-04-01T10:00:00+09:00", channel: PHONE, with: FAMILY, notes: "x" }) { errors { code } } }""",
        ["referCase"] = $$"""mutation { referCase(input: { caseId: "{{CaseId}}", destination: HOSPITAL, referredOn: "2025-04-01" }) { errors { code } } }""",
        ["recordReferralOutcome"] = $$"""mutation { recordReferralOutcome(input: { caseId: "{{CaseId}}", referralId: "0", outcome: DECLINED }) { errors { code } } }""",
        ["recordConsent"] = $$"""mutation { recordConsent(input: { caseId: "{{CaseId}}", purpose: TRANSFER, givenBy: PERSON, givenOn: "2025-04-01" }) { errors { code } } }""",
        ["withdrawConsent"] = $$"""mutation { withdrawConsent(input: { caseId: "{{CaseId}}", consentId: "0", withdrawnOn: "2025-04-01" }) { errors { code } } }""",
        ["updateCaseStatus"] = $$"""mutation { updateCaseStatus(input: { caseId: "{{CaseId}}", status: ACTIVE }) { errors { code } } }""",
        ["closeCase"] = $$"""mutation { closeCase(input: { caseId: "{{CaseId}}", closedOn: "2025-04-02", reason: OTHER }) { errors { code } } }""",
        ["reopenCase"] = $$"""mutation { reopenCase(input: { caseId: "{{CaseId}}", reopenedOn: "2025-04-02" }) { errors { code } } }""",
        ["reassignCase"] = $$"""mutation { reassignCase(input: { caseId: "{{CaseId}}", assignee: "intruder" }) { errors { code } } }""",
        ["updateCaseSubject"] = $$"""mutation { updateCaseSubject(input: { caseId: "{{CaseId}}", subject: { kana: "しんにゅう" } }) { errors { code } } }""",
        ["updateCaseHousehold"] = $$"""mutation { updateCaseHousehold(input: { caseId: "{{CaseId}}", household: { is8050: true } }) { errors { code } } }""",
        ["updateCaseConcerns"] = $$"""mutation { updateCaseConcerns(input: { caseId: "{{CaseId}}", concerns: [EMPLOYMENT] }) { errors { code } } }""",
        ["updateCaseNotes"] = $$"""mutation { updateCaseNotes(input: { caseId: "{{CaseId}}", notes: "x" }) { errors { code } } }""",
        ["correctContact"] = $$"""mutation { correctContact(input: { caseId: "{{CaseId}}", contactId: "0", at: "2025-04-01T10:00:00+09:00", channel: PHONE, with: FAMILY, reason: "x" }) { errors { code } } }""",
        ["correctReferral"] = $$"""mutation { correctReferral(input: { caseId: "{{CaseId}}", referralId: "0", destination: HOSPITAL, referredOn: "2025-04-01", reason: "x" }) { errors { code } } }""",
        ["transferCase"] = $$"""mutation { transferCase(input: { caseId: "{{CaseId}}", targetTenantCode: "012025" }) { errors { code } } }""",
        ["establishSatellite"] = """mutation { establishSatellite(input: { municipalityCode: "132292", establishedOn: "2025-04-01" }) { errors { code } } }""",
        ["extendSatellite"] = $$"""mutation { extendSatellite(input: { satelliteId: "{{Satellite}}", plannedTransitionOn: "2030-04-01", reason: "x" }) { errors { code } } }""",
        ["transitionSatellite"] = $$"""mutation { transitionSatellite(input: { satelliteId: "{{Satellite}}", transitionedOn: "2025-04-02", tier: SUPPORT_PROJECT, functions: [CONSULTATION] }) { errors { code } } }""",
        ["closeSatellite"] = $$"""mutation { closeSatellite(input: { satelliteId: "{{Satellite}}", closedOn: "2025-04-02", reason: "x" }) { errors { code } } }""",
        ["grantPreparationSupport"] = $$"""mutation { grantPreparationSupport(input: { municipalityCode: "132292", fiscalYear: {{Year}}, items: [{ item: EQUIPMENT, amountYen: 100000 }], committedTier: SUPPORT_PROJECT }) { errors { code } } }""",
        ["recordStartupSupport"] = $$"""mutation { recordStartupSupport(input: { municipalityCode: "132292", fiscalYear: {{Year}} }) { errors { code } } }""",
        ["requestConsultation"] = $$"""mutation { requestConsultation(input: { caseId: "{{CaseId}}", question: "x" }) { errors { code } } }""",
        ["respondToConsultation"] = $$"""mutation { respondToConsultation(input: { consultationId: "{{Consultation}}", advice: "x" }) { errors { code } } }""",
        ["closeConsultation"] = $$"""mutation { closeConsultation(input: { consultationId: "{{Consultation}}" }) { errors { code } } }""",
        ["recordActivity"] = """mutation { recordActivity(input: { kind: AWARENESS_EVENT, heldOn: "2099-01-01", participants: 1 }) { errors { code } } }""",
        ["registerPlaceOfBelonging"] = """mutation { registerPlaceOfBelonging(input: { name: "", isPublic: true }) { errors { code } } }""",
        ["setConsultationDesk"] = """mutation { setConsultationDesk(input: { name: "", publicized: true }) { errors { code } } }""",
        ["withdrawActivity"] = """mutation { withdrawActivity(input: { activityId: "none", reason: "x" }) { errors { code } } }""",
        ["setRetention"] = """mutation { setRetention(input: { years: 0 }) { errors { code } } }""",
        ["addTask"] = $$"""mutation { addTask(input: { caseId: "{{CaseId}}", text: "x", dueAt: "2099-01-01T10:00:00+09:00" }) { errors { code } } }""",
        ["scheduleAppointment"] = $$"""mutation { scheduleAppointment(input: { caseId: "{{CaseId}}", text: "x", at: "2099-01-01T10:00:00+09:00", channel: HOME_VISIT, with: FAMILY }) { errors { code } } }""",
        ["editWorkItem"] = $$"""mutation { editWorkItem(input: { workItemId: "{{WorkItem}}", text: "x" }) { errors { code } } }""",
        ["completeTask"] = $$"""mutation { completeTask(input: { workItemId: "{{WorkItem}}" }) { errors { code } } }""",
        ["cancelWorkItem"] = $$"""mutation { cancelWorkItem(input: { workItemId: "{{WorkItem}}", note: "x" }) { errors { code } } }""",
        ["holdAppointment"] = $$"""mutation { holdAppointment(input: { workItemId: "{{WorkItem}}" }) { errors { code } } }""",
        ["markNotificationsRead"] = """mutation { markNotificationsRead(input: { ids: [] }) { errors { code } } }""",
        ["planActivity"] = """mutation { planActivity(input: { kind: FAMILY_GROUP_MEETING, plannedOn: "2001-01-01" }) { errors { code } } }""",
        ["holdPlannedActivity"] = """mutation { holdPlannedActivity(input: { plannedActivityId: "none", heldOn: "2025-04-01" }) { errors { code } } }""",
        ["cancelPlannedActivity"] = """mutation { cancelPlannedActivity(input: { plannedActivityId: "none", reason: "x" }) { errors { code } } }""",
        ["updatePlaceOfBelonging"] = """mutation { updatePlaceOfBelonging(input: { placeId: "none", name: "x", isPublic: true }) { errors { code } } }""",
        ["closePlaceOfBelonging"] = """mutation { closePlaceOfBelonging(input: { placeId: "none", closedOn: "2025-04-01" }) { errors { code } } }""",
    };

    // Mutations that name no target and act in the caller's own tenant, with the roles allowed.
    // The activity samples carry input the book refuses, so the callers allowed write nothing.
    private static readonly Dictionary<string, string[]> OwnTenant = new()
    {
        ["openCase"] = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin],
        ["recordActivity"] = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer],
        ["registerPlaceOfBelonging"] = [Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer],
        ["setConsultationDesk"] = [Roles.TenantAdmin, Roles.PrefecturalOfficer],
        ["withdrawActivity"] = [Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer],
        ["setRetention"] = [Roles.TenantAdmin],
        // These act on the caller's own tenant only; the samples name nothing that exists there.
        ["markNotificationsRead"] = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer],
        ["planActivity"] = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer],
        ["holdPlannedActivity"] = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer],
        ["cancelPlannedActivity"] = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer],
        ["updatePlaceOfBelonging"] = [Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer],
        ["closePlaceOfBelonging"] = [Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer],
    };

    private const string ReadCase = """
        query($id: ID!) { case(id: $id) { status closedOn subject { name } contacts { totalCount } referrals { id } consents { id isInForce } transferredTo } }
        """;

    private static readonly string[] AllRoles =
        [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer, Roles.NationalAnalyst, Roles.Integrator];

    private static readonly string[] OtherTenants = ["012025", "141003", "140007", "nation"];

    [Fact]
    public void EveryMutation_HasAnIsolationSample()
    {
        var schema = fixture.Host.App.Services.GetRequiredService<ISchema>();
        foreach (var field in schema.Mutation!.Fields)
        {
            Assert.True(Samples.ContainsKey(field.Name), $"mutation {field.Name} has no isolation sample");
        }
    }

    [Fact]
    public async Task EveryMutation_ByEveryRoleOfAnotherTenant_IsRefused_AndWritesNothing()
    {
        var owner = fixture.Host.Token("132292", Roles.Supervisor);
        var caseId = await OpenTargetCaseAsync(owner);
        var before = (await fixture.Host.QueryAsync(ReadCase, new { id = caseId }, owner)).ToJsonString();
        var casesBefore = (int)(await fixture.Host.QueryAsync("{ cases { totalCount } }", token: owner))["cases"]!["totalCount"]!;
        var stored = await SettledTargetRowsAsync();

        foreach (var (name, sample) in Samples)
        {
            var mutation = sample.Replace(CaseId, caseId, StringComparison.Ordinal);
            foreach (var tenant in OtherTenants)
            {
                foreach (var role in AllRoles)
                {
                    var (_, body) = await fixture.Host.PostAsync(mutation, token: fixture.Host.Token(tenant, role));
                    var code = (string?)body["errors"]?[0]?["extensions"]?["code"];
                    if (OwnTenant.TryGetValue(name, out var ownRoles) && tenant != Roles.NationTenant && ownRoles.Contains(role))
                    {
                        // Allowed, and only ever in the caller's own tenant.
                        Assert.True(code is null, $"{name} by {tenant}/{role}: {body.ToJsonString()}");
                        if (name == "openCase")
                        {
                            Assert.Equal(tenant, (string?)body["data"]?[name]?["case"]?["tenantCode"]);
                        }

                        continue;
                    }

                    Assert.True(code == "FORBIDDEN", $"{name} by {tenant}/{role}: {body.ToJsonString()}");
                }
            }

            var (_, anonymous) = await fixture.Host.PostAsync(mutation);
            Assert.Equal("UNAUTHENTICATED", (string?)anonymous["errors"]?[0]?["extensions"]?["code"]);
        }

        // Every record of the targets, whatever its kind: each grain state row keyed by 132292
        // or by Tokyo (13, 130001) is as it was, version for version.
        Assert.Equal(stored, await TargetRowsAsync());

        var data = await fixture.Host.QueryAsync($"{{ municipality(code: \"132292\") {{ program(fiscalYear: {Year}) {{ tier }} requestStatus(fiscalYear: {Year}) {{ deskClarified }} }} }}");
        Assert.Null(data["municipality"]!["program"]);
        Assert.Null(data["municipality"]!["requestStatus"]);
        Assert.Equal(before, (await fixture.Host.QueryAsync(ReadCase, new { id = caseId }, owner)).ToJsonString());
        Assert.Equal(casesBefore, (int)(await fixture.Host.QueryAsync("{ cases { totalCount } }", token: owner))["cases"]!["totalCount"]!);
    }

    [Fact]
    public async Task CaseQueries_ByEveryRoleOfAnotherTenant_AreRefused()
    {
        var caseId = await OpenTargetCaseAsync(fixture.Host.Token("132292", Roles.Caseworker));
        foreach (var tenant in OtherTenants)
        {
            foreach (var role in AllRoles)
            {
                var token = fixture.Host.Token(tenant, role);
                foreach (var query in new[] { "query($id: ID!) { case(id: $id) { caseNumber } }", "query($id: ID!) { node(id: $id) { id } }", "query($id: ID!) { nodes(ids: [$id]) { id } }" })
                {
                    var (_, body) = await fixture.Host.PostAsync(query, new { id = caseId }, token);
                    Assert.True((string?)body["errors"]?[0]?["extensions"]?["code"] == "FORBIDDEN", $"{query} by {tenant}/{role}: {body.ToJsonString()}");
                    Assert.DoesNotContain("caseNumber", body["data"]?.ToJsonString() ?? "", StringComparison.Ordinal);
                }
            }
        }
    }

    // The first day of the previous fiscal year, which is open whatever the day (DATE_IN_CLOSED_YEAR).
    private static string OpenYearStart => $"{FiscalYear.StartOf(FiscalYear.Of(JapanDate.Today(TimeProvider.System)) - 1):yyyy-MM-dd}";

    // A case of 132292 with a transfer consent in force, so that every sample would change it.
    private async Task<string> OpenTargetCaseAsync(string token)
    {
        var opened = await fixture.Host.QueryAsync(
            $$"""mutation { openCase(input: { openedOn: "{{OpenYearStart}}", referralSource: FAMILY, subject: { name: "西東京 太郎", kana: "にしとうきょう たろう" } }) { case { id } errors { code } } }""",
            token: token);
        var caseId = (string)opened["openCase"]!["case"]!["id"]!;
        var consent = await fixture.Host.QueryAsync(
            $$"""mutation($id: ID!) { recordConsent(input: { caseId: $id, purpose: TRANSFER, givenBy: PERSON, givenOn: "{{OpenYearStart}}" }) { errors { code } } }""",
            new { id = caseId }, token);
        Assert.Empty(consent["recordConsent"]!["errors"]!.AsArray());
        return caseId;
    }

    // The grain state rows of 132292 and of Tokyo: "state|key|version", every kind of record.
    private async Task<List<string>> TargetRowsAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.Host.App.Configuration.GetConnectionString("Platform"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT grain_type || '|' || grain_id_extension || '|' || version FROM grain_state
            WHERE grain_id_extension IN ('132292', '13', '130001')
               OR grain_id_extension LIKE '132292/%' OR grain_id_extension LIKE '130001/%' OR grain_id_extension LIKE '13/%'
            ORDER BY 1
            """,
            connection);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        Assert.NotEmpty(rows);
        return rows;
    }

    // Roll-ups of the owner's own setup calls may still be landing: wait until the rows hold still.
    private async Task<List<string>> SettledTargetRowsAsync()
    {
        var rows = await TargetRowsAsync();
        for (var deadline = DateTime.UtcNow.AddSeconds(15); DateTime.UtcNow < deadline;)
        {
            await Task.Delay(500);
            var again = await TargetRowsAsync();
            if (again.SequenceEqual(rows))
            {
                return rows;
            }

            rows = again;
        }

        return rows;
    }

    [Fact]
    public async Task Mutation_ForbiddenByRole_IsRefusedBeforeExecution()
    {
        var (status, body) = await fixture.Host.PostAsync(Samples["designateProgram"], token: fixture.Host.Token("132292", Roles.Integrator));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Null(body["data"]);
        Assert.Equal("FORBIDDEN", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }
}
