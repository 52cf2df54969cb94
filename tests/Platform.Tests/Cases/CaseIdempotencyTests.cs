using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Cases;

/// <summary>Retries with the same clientMutationId apply once.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseIdempotencyTests(PlatformFixture fixture)
{
    [Fact]
    public async Task OpenCase_RetriedWithTheSameClientMutationId_OpensOneCase()
    {
        var worker = new CaseApi(fixture.Host, CaseTenants.Next());
        var first = await worker.MutateAsync("openCase", new { clientMutationId = "open-1", openedOn = Iso(Today), referralSource = "FAMILY", notes = "first" });
        var again = await worker.MutateAsync("openCase", new { clientMutationId = "open-1", openedOn = Iso(Today), referralSource = "PERSON", notes = "retry" });

        Assert.Equal("open-1", (string)again["clientMutationId"]!);
        Assert.Equal(first["case"]!.ToJsonString(), again["case"]!.ToJsonString());
        Assert.Equal("first", (string)again["case"]!["notes"]!);
        var list = await worker.QueryAsync("{ cases { totalCount nodes { id } } }");
        Assert.Equal(1, (int)list["cases"]!["totalCount"]!);
        Assert.Equal((string)first["case"]!["id"]!, (string)list["cases"]!["nodes"]![0]!["id"]!);
    }

    [Fact]
    public async Task OpenCase_TheSameClientMutationIdFromAnotherWorker_OpensAnotherCase()
    {
        var tenant = CaseTenants.Next();
        var one = new CaseApi(fixture.Host, tenant, subject: "worker-one");
        var two = new CaseApi(fixture.Host, tenant, subject: "worker-two");
        var a = await one.OpenAsync(new { clientMutationId = "intake", openedOn = Iso(Today), referralSource = "FAMILY" });
        var b = await two.OpenAsync(new { clientMutationId = "intake", openedOn = Iso(Today), referralSource = "FAMILY" });

        Assert.NotEqual((string)a["id"]!, (string)b["id"]!);
        Assert.NotEqual((string)a["caseNumber"]!, (string)b["caseNumber"]!);
        Assert.Equal(2, (int)(await one.QueryAsync("{ cases { totalCount } }"))["cases"]!["totalCount"]!);
    }

    [Fact]
    public async Task OpenCase_RetriedAfterAUserError_OpensTheCaseOnce()
    {
        var worker = new CaseApi(fixture.Host, CaseTenants.Next());
        var refused = await worker.MutateAsync("openCase", new { clientMutationId = "fix-me", openedOn = Iso(Today.AddDays(3)), referralSource = "FAMILY" });
        Assert.Equal("DATE_IN_FUTURE", (string)refused["errors"]![0]!["code"]!);

        var fixedOnce = await worker.OpenAsync(new { clientMutationId = "fix-me", openedOn = Iso(Today), referralSource = "FAMILY" });
        var fixedTwice = await worker.OpenAsync(new { clientMutationId = "fix-me", openedOn = Iso(Today), referralSource = "FAMILY" });
        Assert.Equal((string)fixedOnce["id"]!, (string)fixedTwice["id"]!);
        Assert.Equal(1, (int)(await worker.QueryAsync("{ cases { totalCount } }"))["cases"]!["totalCount"]!);
    }

    [Fact]
    public async Task RecordContact_RetriedWithTheSameClientMutationId_RecordsOneContact()
    {
        var worker = new CaseApi(fixture.Host, CaseTenants.Next());
        var id = (string)(await worker.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY" }))["id"]!;
        var input = new { clientMutationId = "contact-1", caseId = id, at = Iso(Now), channel = "PHONE", with = "FAMILY", minutes = 15 };
        var first = await worker.MutateAsync("recordContact", input);
        var again = await worker.MutateAsync("recordContact", input);

        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        Assert.Equal(1, (int)(await worker.CaseAsync(id))!["contacts"]!["totalCount"]!);

        // A new id is a new contact.
        await worker.ChangeAsync("recordContact", input with { clientMutationId = "contact-2" });
        Assert.Equal(2, (int)(await worker.CaseAsync(id))!["contacts"]!["totalCount"]!);
    }

    [Fact]
    public async Task OpenCase_RetriedAfterTheCaseWasTransferred_ReturnsNoPersonalData()
    {
        var sender = new CaseApi(fixture.Host, CaseTenants.Next(), Roles.Supervisor);
        var input = new
        {
            clientMutationId = "open-then-move",
            openedOn = Iso(Today),
            referralSource = "FAMILY",
            subject = new { name = "Replay Hanako", address = "1-2-3 Replay-cho" },
            household = new { is8050 = true, members = new[] { new { relationship = "father", name = "Replay Father" } } },
            notes = "replay-secret-note",
        };
        var id = (string)(await sender.OpenAsync(input))["id"]!;
        await sender.ChangeAsync("recordConsent", new { caseId = id, purpose = "TRANSFER", givenBy = "PERSON", givenOn = Iso(Today) });
        await sender.ChangeAsync("transferCase", new { caseId = id, targetTenantCode = CaseTenants.Next() });

        var retried = await sender.MutateAsync("openCase", input);

        var text = retried.ToJsonString();
        foreach (var secret in new[] { "Replay Hanako", "Replay-cho", "Replay Father", "replay-secret-note" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        Assert.Null(retried["case"]);
        Assert.Equal("CASE_EXISTS", (string)retried["errors"]![0]!["code"]!);
    }

    [Fact]
    public async Task RecordContact_Retried_ReadsTheCaseAsItNowStands_AndTheReadIsAudited()
    {
        var worker = new CaseApi(fixture.Host, CaseTenants.Next(), Roles.TenantAdmin);
        var id = (string)(await worker.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY" }))["id"]!;
        var input = new { clientMutationId = "contact-then-status", caseId = id, at = Iso(Now), channel = "PHONE", with = "FAMILY", minutes = 15 };
        await worker.ChangeAsync("recordContact", input);
        await worker.ChangeAsync("updateCaseStatus", new { caseId = id, status = "ACTIVE" });
        var reads = await ReadsAsync(worker);

        var retried = await worker.ChangeAsync("recordContact", input);

        Assert.Equal("ACTIVE", (string)retried["status"]!);
        Assert.Equal(1, (int)retried["contacts"]!["totalCount"]!);
        Assert.Equal(reads + 1, await ReadsAsync(worker));
    }

    private static async Task<int> ReadsAsync(CaseApi admin)
    {
        var log = await admin.QueryAsync("{ auditLog(first: 100) { nodes { action } } }");
        return log["auditLog"]!["nodes"]!.AsArray().Count(n => (string)n!["action"]! == "case.read");
    }
}
