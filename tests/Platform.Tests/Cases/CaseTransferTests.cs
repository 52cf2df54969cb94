using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Cases;

/// <summary>Transfer to another tenant: only under a transfer consent in force; the file moves, a stub stays.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseTransferTests(PlatformFixture fixture)
{
    [Fact]
    public async Task TransferCase_WithoutAConsentInForce_IsRefused_AndAWithdrawalBlocksItAtOnce()
    {
        var supervisor = new CaseApi(fixture.Host, CaseTenants.Next(), Roles.Supervisor);
        var target = CaseTenants.Next();
        var id = (string)(await supervisor.OpenAsync(new { openedOn = Iso(Today), referralSource = "PERSON", subject = new { kana = "いどう けん" } }))["id"]!;

        Assert.Equal("TRANSFER_CONSENT_REQUIRED", (string)(await supervisor.RefusedAsync("transferCase", new { caseId = id, targetTenantCode = target }))["code"]!);

        // Consent to share with an agency is not consent to transfer.
        await supervisor.ChangeAsync("recordConsent", new { caseId = id, purpose = "INFORMATION_SHARING", agencyName = "保健所", givenBy = "PERSON", givenOn = Iso(Today) });
        Assert.Equal("TRANSFER_CONSENT_REQUIRED", (string)(await supervisor.RefusedAsync("transferCase", new { caseId = id, targetTenantCode = target }))["code"]!);

        var consent = (await supervisor.ChangeAsync("recordConsent", new { caseId = id, purpose = "TRANSFER", givenBy = "PERSON", givenOn = Iso(Today) }))["consents"]![1]!;
        var withdrawn = await supervisor.ChangeAsync("withdrawConsent", new { caseId = id, consentId = (string)consent["id"]!, withdrawnOn = Iso(Today) });
        Assert.False((bool)withdrawn["consents"]![1]!["isInForce"]!);
        Assert.Equal("TRANSFER_CONSENT_REQUIRED", (string)(await supervisor.RefusedAsync("transferCase", new { caseId = id, targetTenantCode = target }))["code"]!);

        var unchanged = (await supervisor.CaseAsync(id))!;
        Assert.Equal("INTAKE", (string)unchanged["status"]!);
        Assert.Equal("いどう けん", (string)unchanged["subject"]!["kana"]!);
        var receiver = new CaseApi(fixture.Host, target);
        Assert.Equal(0, (int)(await receiver.QueryAsync("{ cases { totalCount } }"))["cases"]!["totalCount"]!);
    }

    [Fact]
    public async Task TransferCase_WithConsent_HandsTheWholeFileOver_AndLeavesAStubWithoutPersonalData()
    {
        var sender = new CaseApi(fixture.Host, CaseTenants.Next(), Roles.Supervisor);
        var receiver = new CaseApi(fixture.Host, CaseTenants.Next());
        var opened = await sender.OpenAsync(new
        {
            openedOn = Iso(Today),
            referralSource = "FAMILY",
            subject = new { name = "転居 一郎", kana = "てんきょ いちろう", birthYear = 1990, gender = "MALE", address = "旧住所 1-2-3" },
            household = new { is8050 = false, members = new[] { new { relationship = "母" } } },
            concerns = new[] { "EMPLOYMENT" },
            notes = "転居予定",
        });
        var id = (string)opened["id"]!;
        await sender.ChangeAsync("recordContact", new { caseId = id, at = Iso(Now.AddMinutes(-5)), channel = "DESK_VISIT", with = "PERSON", minutes = 50 });
        await sender.ChangeAsync("updateCaseStatus", new { caseId = id, status = "ACTIVE" });
        await sender.ChangeAsync("recordConsent", new { caseId = id, purpose = "TRANSFER", givenBy = "PERSON", givenOn = Iso(Today) });
        var full = (await sender.CaseAsync(id))!;

        // A caseworker may not transfer; a supervisor may, to a real tenant other than its own.
        var caseworker = new CaseApi(fixture.Host, sender.Tenant);
        Assert.Equal("FORBIDDEN", ErrorCode(await caseworker.MutateRawAsync("transferCase", new { caseId = id, targetTenantCode = receiver.Tenant })));
        Assert.Equal("INVALID_TARGET_TENANT", (string)(await sender.RefusedAsync("transferCase", new { caseId = id, targetTenantCode = sender.Tenant }))["code"]!);
        Assert.Equal("INVALID_TARGET_TENANT", (string)(await sender.RefusedAsync("transferCase", new { caseId = id, targetTenantCode = "999999" }))["code"]!);

        var input = new { clientMutationId = "move-1", caseId = id, targetTenantCode = receiver.Tenant };
        var stub = await sender.ChangeAsync("transferCase", input);
        Assert.Equal("TRANSFERRED", (string)stub["status"]!);
        Assert.Equal("TRANSFERRED", (string)stub["closureReason"]!);
        Assert.Equal(receiver.Tenant, (string)stub["transferredTo"]!);
        Assert.Equal((string)full["caseNumber"]!, (string)stub["caseNumber"]!);
        Assert.Null(stub["subject"]);
        Assert.Null(stub["household"]);
        Assert.Null(stub["notes"]);
        Assert.Equal(0, (int)stub["contacts"]!["totalCount"]!);
        Assert.Empty(stub["consents"]!.AsArray());
        Assert.Empty(stub["concerns"]!.AsArray());
        Assert.DoesNotContain("転居", (await sender.CaseAsync(id))!.ToJsonString(), StringComparison.Ordinal);

        // A retry is answered from the first reply and moves nothing twice.
        Assert.Equal(stub.ToJsonString(), (await sender.ChangeAsync("transferCase", input)).ToJsonString());

        var received = (await receiver.QueryAsync("{ cases(first: 5) { totalCount nodes { ...CaseFields } } }" + CaseFields))["cases"]!;
        Assert.Equal(1, (int)received["totalCount"]!);
        var file = received["nodes"]![0]!;
        Assert.Equal(receiver.Tenant, (string)file["tenantCode"]!);
        Assert.Equal($"{sender.Tenant}/{(string)full["caseNumber"]!}", (string)file["transferredFrom"]!);
        Assert.Equal("ACTIVE", (string)file["status"]!);
        Assert.Null(file["transferredTo"]);
        Assert.Equal(full["subject"]!.ToJsonString(), file["subject"]!.ToJsonString());
        Assert.Equal(full["household"]!.ToJsonString(), file["household"]!.ToJsonString());
        Assert.Equal(full["contacts"]!.ToJsonString(), file["contacts"]!.ToJsonString());
        Assert.Equal(full["consents"]!.ToJsonString(), file["consents"]!.ToJsonString());
        Assert.Equal("転居予定", (string)file["notes"]!);
        Assert.Equal(1, (int)(await receiver.QueryAsync("{ cases(search: \"てんきょ いちろう\") { totalCount } }"))["cases"]!["totalCount"]!);

        // The stub can no longer change; the receiver carries on.
        Assert.Equal("CASE_NOT_OPEN", (string)(await sender.RefusedAsync("recordContact", new { caseId = id, at = Iso(Now), channel = "PHONE", with = "PERSON" }))["code"]!);
        await receiver.ChangeAsync("recordContact", new { caseId = (string)file["id"]!, at = Iso(Now), channel = "PHONE", with = "PERSON" });
        Assert.Equal("FORBIDDEN", ErrorCode(await sender.PostAsync("query($id: ID!) { case(id: $id) { id } }", new { id = (string)file["id"]! })));
    }
}
