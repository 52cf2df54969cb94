using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Cases;

/// <summary>
/// Correcting a wrong contact or referral: the entry is replaced, the entry as it was stays in the
/// history with the reason, the counts follow, a retry applies once, and bad input changes nothing.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseCorrectionTests(PlatformFixture fixture)
{
    private const string Read = """
        query($id: ID!) {
          case(id: $id) {
            contacts { nodes { id at channel with minutes notes worker } }
            referrals { id destination agencyName referredOn outcome notes }
            history { by action fields reason previousContact { id channel with notes worker } previousReferral { id destination agencyName outcome } }
          }
        }
        """;

    private const string Statistics = """
        query($fiscalYear: Int!) { caseStatistics(fiscalYear: $fiscalYear) { contactsByChannel { channel count } referralsByDestination { destination count } } }
        """;

    [Fact]
    public async Task CorrectContact_ReplacesTheEntry_KeepsTheOriginalInTheHistory_MovesTheCount_AndAppliesOnce()
    {
        var tenant = CaseTenants.Next();
        var worker = new CaseApi(fixture.Host, tenant);
        // Opened on the day of the contact in Japan: half an hour ago is yesterday just after midnight.
        var contactAt = Now.AddMinutes(-30);
        var contactDay = DateOnly.FromDateTime(contactAt.DateTime);
        var id = (string)(await worker.OpenAsync(new { openedOn = Iso(contactDay), referralSource = "FAMILY" }))["id"]!;
        var at = Iso(contactAt);
        var recorded = await worker.ChangeAsync("recordContact", new { caseId = id, at, channel = "PHONE", with = "FAMILY", minutes = 20, notes = "母と電話" });
        var contactId = (string)recorded["contacts"]!["nodes"]![0]!["id"]!;

        // A colleague corrects it: the visit was at home, with both.
        var colleague = new CaseApi(fixture.Host, tenant, Roles.Supervisor);
        var input = new { clientMutationId = "fix-1", caseId = id, contactId, at, channel = "HOME_VISIT", with = "BOTH", minutes = 45, notes = "自宅で本人と母に面談", reason = "記録の誤り（電話ではなく訪問）" };
        var first = await colleague.ChangeAsync("correctContact", input);
        var again = await colleague.MutateAsync("correctContact", input);
        Assert.Equal(first.ToJsonString(), again["case"]!.ToJsonString());

        var read = (await worker.QueryAsync(Read, new { id }))["case"]!;
        var contact = Assert.Single(read["contacts"]!["nodes"]!.AsArray())!;
        Assert.Equal((contactId, "HOME_VISIT", "BOTH", 45, worker.Subject), ((string)contact["id"]!, (string)contact["channel"]!, (string)contact["with"]!, (int)contact["minutes"]!, (string)contact["worker"]!));
        var change = Assert.Single(read["history"]!.AsArray())!;
        Assert.Equal(("correct-contact", colleague.Subject, "記録の誤り（電話ではなく訪問）"), ((string)change["action"]!, (string)change["by"]!, (string)change["reason"]!));
        Assert.Equal(["contact.channel", "contact.with", "contact.minutes", "contact.notes"], change["fields"]!.AsArray().Select(f => (string)f!));
        Assert.Equal((contactId, "PHONE", "FAMILY", "母と電話"), ((string)change["previousContact"]!["id"]!, (string)change["previousContact"]!["channel"]!, (string)change["previousContact"]!["with"]!, (string)change["previousContact"]!["notes"]!));

        // The statistics count the contact once, by its corrected channel.
        var stats = (await colleague.QueryAsync(Statistics, new { fiscalYear = FiscalYear.Of(contactDay) }))["caseStatistics"]!;
        var channels = stats["contactsByChannel"]!.AsArray().ToDictionary(c => (string)c!["channel"]!, c => (int)c!["count"]!);
        Assert.Equal(1, channels.GetValueOrDefault("HOME_VISIT"));
        Assert.Equal(0, channels.GetValueOrDefault("PHONE"));

        // The correction is in the tenant's audit trail (ids, no content).
        var admin = new CaseApi(fixture.Host, tenant, Roles.TenantAdmin);
        var log = (await admin.QueryAsync("{ auditLog(first: 100) { nodes { action subject objectId } } }"))["auditLog"]!["nodes"]!.AsArray();
        Assert.Single(log, e => (string)e!["action"]! == "case.correct-contact" && (string)e["subject"]! == colleague.Subject);
    }

    [Fact]
    public async Task CorrectReferral_ReplacesTheEntry_KeepsItsOutcome_AndTheOriginalInTheHistory()
    {
        var worker = new CaseApi(fixture.Host, CaseTenants.Next());
        var id = (string)(await worker.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY" }))["id"]!;
        var referral = (await worker.ChangeAsync("referCase", new { caseId = id, destination = "HOSPITAL", agencyName = "市立病院", referredOn = Iso(Today) }))["referrals"]![0]!;
        var referralId = (string)referral["id"]!;
        await worker.ChangeAsync("recordReferralOutcome", new { caseId = id, referralId, outcome = "CONNECTED" });

        await worker.ChangeAsync("correctReferral", new { caseId = id, referralId, destination = "YOUTH_SUPPORT_STATION", agencyName = "サポステ仙台", referredOn = Iso(Today), reason = "つなぎ先の誤記" });

        var read = (await worker.QueryAsync(Read, new { id }))["case"]!;
        var corrected = Assert.Single(read["referrals"]!.AsArray())!;
        Assert.Equal((referralId, "YOUTH_SUPPORT_STATION", "サポステ仙台", "CONNECTED"), ((string)corrected["id"]!, (string)corrected["destination"]!, (string)corrected["agencyName"]!, (string)corrected["outcome"]!));
        var change = read["history"]!.AsArray().Single(h => (string)h!["action"]! == "correct-referral")!;
        Assert.Equal(["referral.destination", "referral.agencyName"], change["fields"]!.AsArray().Select(f => (string)f!));
        Assert.Equal(("HOSPITAL", "市立病院", "つなぎ先の誤記"), ((string)change["previousReferral"]!["destination"]!, (string)change["previousReferral"]!["agencyName"]!, (string)change["reason"]!));
    }

    [Fact]
    public async Task Corrections_WithoutAReason_OfNoEntry_ThatChangeNothing_WithBadInput_OrOnAClosedCase_AreRefused_AndChangeNothing()
    {
        var worker = new CaseApi(fixture.Host, CaseTenants.Next());
        var contactAt = Now.AddMinutes(-10);
        var id = (string)(await worker.OpenAsync(new { openedOn = Iso(DateOnly.FromDateTime(contactAt.DateTime)), referralSource = "FAMILY" }))["id"]!;
        var at = Iso(contactAt);
        var contactId = (string)(await worker.ChangeAsync("recordContact", new { caseId = id, at, channel = "PHONE", with = "FAMILY", notes = "n" }))["contacts"]!["nodes"]![0]!["id"]!;
        var referralId = (string)(await worker.ChangeAsync("referCase", new { caseId = id, destination = "HOSPITAL", referredOn = Iso(Today) }))["referrals"]![0]!["id"]!;
        var before = (await worker.QueryAsync(Read, new { id })).ToJsonString();

        string Code(JsonNode error) => (string)error["code"]!;
        Assert.Equal("REASON_REQUIRED", Code(await worker.RefusedAsync("correctContact", new { caseId = id, contactId, at, channel = "EMAIL", with = "FAMILY", notes = "n", reason = "  " })));
        Assert.Equal("REASON_REQUIRED", Code(await worker.RefusedAsync("correctReferral", new { caseId = id, referralId, destination = "PUBLIC_ASSISTANCE", referredOn = Iso(Today) })));
        Assert.Equal("CONTACT_NOT_FOUND", Code(await worker.RefusedAsync("correctContact", new { caseId = id, contactId = "nope", at, channel = "EMAIL", with = "FAMILY", reason = "r" })));
        Assert.Equal("REFERRAL_NOT_FOUND", Code(await worker.RefusedAsync("correctReferral", new { caseId = id, referralId = contactId, destination = "PUBLIC_ASSISTANCE", referredOn = Iso(Today), reason = "r" })));
        Assert.Equal("NOTHING_CHANGED", Code(await worker.RefusedAsync("correctContact", new { caseId = id, contactId, at, channel = "PHONE", with = "FAMILY", notes = "n", reason = "r" })));
        Assert.Equal("DATE_IN_FUTURE", Code(await worker.RefusedAsync("correctContact", new { caseId = id, contactId, at = Iso(Now.AddDays(2)), channel = "PHONE", with = "FAMILY", reason = "r" })));
        Assert.Equal("DATE_OUT_OF_RANGE", Code(await worker.RefusedAsync("correctReferral", new { caseId = id, referralId, destination = "PUBLIC_ASSISTANCE", referredOn = Iso(Today.AddDays(-400)), reason = "r" })));
        Assert.Equal("MINUTES_OUT_OF_RANGE", Code(await worker.RefusedAsync("correctContact", new { caseId = id, contactId, at, channel = "PHONE", with = "FAMILY", minutes = 5000, reason = "r" })));
        Assert.Equal(TextRules.InvalidCharacters, Code(await worker.RefusedAsync("correctContact", new { caseId = id, contactId, at, channel = "EMAIL", with = "FAMILY", reason = "a\u202Eb" })));
        Assert.Equal(before, (await worker.QueryAsync(Read, new { id })).ToJsonString());

        await worker.ChangeAsync("closeCase", new { caseId = id, closedOn = Iso(Today), reason = "OTHER" });
        Assert.Equal("CASE_NOT_OPEN", Code(await worker.RefusedAsync("correctContact", new { caseId = id, contactId, at, channel = "EMAIL", with = "FAMILY", reason = "r" })));
        Assert.Empty((await worker.QueryAsync(Read, new { id }))["case"]!["history"]!.AsArray());
    }

    [Fact]
    public async Task WorkItems_OfACase_AreListed_ToItsTenantOnly()
    {
        var tenant = CaseTenants.Next();
        var worker = new CaseApi(fixture.Host, tenant);
        var id = (string)(await worker.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY" }))["id"]!;
        var other = (string)(await worker.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY" }))["id"]!;
        await worker.QueryAsync("""mutation($c: ID!, $d: DateTime!) { addTask(input: { caseId: $c, text: "保健所に連絡", dueAt: $d }) { errors { code } } }""", new { c = id, d = Iso(Now.AddDays(2)) });
        await worker.QueryAsync("""mutation($c: ID!, $d: DateTime!) { scheduleAppointment(input: { caseId: $c, text: "家庭訪問", at: $d, channel: HOME_VISIT, with: FAMILY }) { errors { code } } }""", new { c = id, d = Iso(Now.AddDays(1)) });
        await worker.QueryAsync("""mutation($c: ID!, $d: DateTime!) { addTask(input: { caseId: $c, text: "別のケース", dueAt: $d }) { errors { code } } }""", new { c = other, d = Iso(Now.AddDays(1)) });

        const string Items = "query($id: ID!) { case(id: $id) { workItems { kind text status caseId } } }";
        var items = (await worker.QueryAsync(Items, new { id }))["case"]!["workItems"]!.AsArray();
        Assert.Equal([("APPOINTMENT", "家庭訪問"), ("TASK", "保健所に連絡")], items.Select(i => ((string)i!["kind"]!, (string)i["text"]!)));
        Assert.All(items, i => Assert.Equal(id, (string)i!["caseId"]!));

        Assert.Equal("FORBIDDEN", ErrorCode(await new CaseApi(fixture.Host, CaseTenants.Next(), Roles.Supervisor).PostAsync(Items, new { id })));
    }
}
