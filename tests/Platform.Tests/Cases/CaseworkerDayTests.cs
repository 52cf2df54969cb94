using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Cases;

/// <summary>A caseworker's day over HTTP: from a mother's call to a closed and reopened case.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseworkerDayTests(PlatformFixture fixture)
{
    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task ACaseworkersDay_FromAMothersCall_ToAClosedAndReopenedCase()
    {
        var worker = new CaseApi(Host, CaseTenants.Next());
        var today = Today;

        // A mother calls about her son in his forties; she does not give his name yet.
        var opened = await worker.OpenAsync(new
        {
            clientMutationId = "call-1",
            openedOn = Iso(today),
            referralSource = "FAMILY",
            subject = new { ageBand = "FROM_40_TO_49", gender = "MALE" },
            household = new { is8050 = true, members = new object[] { new { relationship = "母", birthYear = today.Year - 78 }, new { relationship = "父", ageBand = "FROM_70" } } },
            withdrawalDuration = "FROM_10_YEARS",
            concerns = new[] { "MENTAL_HEALTH", "ELDER_CARE" },
            notes = "母親から電話。息子が長年自室にこもっている。",
        });
        var id = (string)opened["id"]!;
        Assert.Equal("INTAKE", (string)opened["status"]!);
        Assert.Matches($"^{FiscalYear.Of(today)}-\\d{{6}}$", (string)opened["caseNumber"]!);
        Assert.Equal(worker.Tenant, (string)opened["tenantCode"]!);
        Assert.Equal(worker.Subject, (string)opened["assignedTo"]!);
        Assert.Null(opened["subject"]!["name"]);
        Assert.Equal("FROM_40_TO_49", (string)opened["subject"]!["ageBand"]!);
        Assert.True((bool)opened["household"]!["is8050"]!);
        Assert.Equal(2, opened["household"]!["members"]!.AsArray().Count);
        Assert.Equal(["MENTAL_HEALTH", "ELDER_CARE"], opened["concerns"]!.AsArray().Select(c => (string)c!));

        // The call itself, then a home visit the same day; the log lists them by time.
        var now = Now;
        await worker.ChangeAsync("recordContact", new { caseId = id, at = Iso(now.AddMinutes(-10)), channel = "HOME_VISIT", with = "BOTH", minutes = 60, notes = "本人と初めて会えた" });
        var logged = await worker.ChangeAsync("recordContact", new { caseId = id, at = Iso(now.AddMinutes(-20)), channel = "PHONE", with = "FAMILY", minutes = 35 });
        var contacts = logged["contacts"]!["nodes"]!.AsArray();
        Assert.Equal(["PHONE", "HOME_VISIT"], contacts.Select(c => (string)c!["channel"]!));
        Assert.Equal(worker.Subject, (string)contacts[0]!["worker"]!);
        Assert.Equal(now.AddMinutes(-20), DateTimeOffset.Parse((string)contacts[0]!["at"]!, System.Globalization.CultureInfo.InvariantCulture));

        // Now the person is known by name; the mother is referred to the community general support center.
        var referred = await worker.ChangeAsync("referCase", new { caseId = id, destination = "COMMUNITY_GENERAL_SUPPORT_CENTER", agencyName = "地域包括支援センター", referredOn = Iso(today), notes = "母親の介護" });
        var referral = Assert.Single(referred["referrals"]!.AsArray())!;
        Assert.Equal("PENDING", (string)referral["outcome"]!);
        var connected = await worker.ChangeAsync("recordReferralOutcome", new { caseId = id, referralId = (string)referral["id"]!, outcome = "CONNECTED" });
        Assert.Equal("CONNECTED", (string)connected["referrals"]![0]!["outcome"]!);

        var consented = await worker.ChangeAsync("recordConsent", new { caseId = id, purpose = "INFORMATION_SHARING", agencyName = "地域包括支援センター", givenBy = "FAMILY_ON_BEHALF", givenOn = Iso(today) });
        var consent = Assert.Single(consented["consents"]!.AsArray())!;
        Assert.True((bool)consent["isInForce"]!);
        Assert.Equal("FAMILY_ON_BEHALF", (string)consent["givenBy"]!);

        // Support starts, eases off, and the case closes when he has found a place to be.
        Assert.Equal("ACTIVE", (string)(await worker.ChangeAsync("updateCaseStatus", new { caseId = id, status = "ACTIVE" }))["status"]!);
        Assert.Equal("MONITORING", (string)(await worker.ChangeAsync("updateCaseStatus", new { caseId = id, status = "MONITORING" }))["status"]!);
        var closed = await worker.ChangeAsync("closeCase", new { caseId = id, closedOn = Iso(today), reason = "PLACE_OF_BELONGING_FOUND" });
        Assert.Equal("CLOSED", (string)closed["status"]!);
        Assert.Equal(Iso(today), (string)closed["closedOn"]!);
        Assert.Equal("PLACE_OF_BELONGING_FOUND", (string)closed["closureReason"]!);

        // He stops coming; the family calls again and the case is reopened.
        var reopened = await worker.ChangeAsync("reopenCase", new { caseId = id, reopenedOn = Iso(today) });
        Assert.Equal("ACTIVE", (string)reopened["status"]!);
        Assert.Null(reopened["closedOn"]);
        Assert.Null(reopened["closureReason"]);

        // The file as read later: everything kept, the same as the last payload.
        var read = (await worker.CaseAsync(id))!;
        Assert.Equal(reopened.ToJsonString(), read.ToJsonString());
        Assert.Equal(2, (int)read["contacts"]!["totalCount"]!);
        Assert.Equal("FROM_10_YEARS", (string)read["withdrawalDuration"]!);
        Assert.Equal(id, (string)(await worker.QueryAsync("query($id: ID!) { node(id: $id) { id ... on Case { status } } }", new { id }))["node"]!["id"]!);
    }

    [Fact]
    public async Task InvalidTransitions_AreRefusedWithAUserError_AndChangeNothing()
    {
        var worker = new CaseApi(Host, CaseTenants.Next());
        var id = (string)(await worker.OpenAsync(new { openedOn = Iso(Today), referralSource = "PERSON" }))["id"]!;
        var intake = (await worker.CaseAsync(id))!.ToJsonString();

        Assert.Equal("INVALID_TRANSITION", (string)(await worker.RefusedAsync("updateCaseStatus", new { caseId = id, status = "INTAKE" }))["code"]!);
        Assert.Equal("INVALID_TRANSITION", (string)(await worker.RefusedAsync("updateCaseStatus", new { caseId = id, status = "CLOSED" }))["code"]!);
        Assert.Equal("INVALID_TRANSITION", (string)(await worker.RefusedAsync("updateCaseStatus", new { caseId = id, status = "TRANSFERRED" }))["code"]!);
        Assert.Equal("INVALID_TRANSITION", (string)(await worker.RefusedAsync("reopenCase", new { caseId = id, reopenedOn = Iso(Today) }))["code"]!);
        Assert.Equal("USE_TRANSFER", (string)(await worker.RefusedAsync("closeCase", new { caseId = id, closedOn = Iso(Today), reason = "TRANSFERRED" }))["code"]!);
        Assert.Equal(intake, (await worker.CaseAsync(id))!.ToJsonString());

        await worker.ChangeAsync("updateCaseStatus", new { caseId = id, status = "ACTIVE" });
        var error = await worker.RefusedAsync("updateCaseStatus", new { caseId = id, status = "INTAKE" });
        Assert.Equal("INVALID_TRANSITION", (string)error["code"]!);
        Assert.Equal(["input", "status"], error["field"]!.AsArray().Select(f => (string)f!));
        Assert.Equal("INVALID_TRANSITION", (string)(await worker.RefusedAsync("updateCaseStatus", new { caseId = id, status = "ACTIVE" }))["code"]!);

        await worker.ChangeAsync("closeCase", new { caseId = id, closedOn = Iso(Today), reason = "WORK" });
        var closed = (await worker.CaseAsync(id))!.ToJsonString();
        Assert.Equal("INVALID_TRANSITION", (string)(await worker.RefusedAsync("updateCaseStatus", new { caseId = id, status = "MONITORING" }))["code"]!);
        Assert.Equal("CASE_NOT_OPEN", (string)(await worker.RefusedAsync("closeCase", new { caseId = id, closedOn = Iso(Today), reason = "OTHER" }))["code"]!);
        Assert.Equal("CASE_NOT_OPEN", (string)(await worker.RefusedAsync("recordContact", new { caseId = id, at = Iso(Now), channel = "PHONE", with = "PERSON" }))["code"]!);
        Assert.Equal(closed, (await worker.CaseAsync(id))!.ToJsonString());
    }

    [Fact]
    public async Task FutureDates_AreRefusedWithDateInFuture_AndChangeNothing()
    {
        var worker = new CaseApi(Host, CaseTenants.Next());
        var tomorrow = Today.AddDays(1);
        var refused = await worker.MutateAsync("openCase", new { openedOn = Iso(tomorrow), referralSource = "FAMILY" });
        Assert.Null(refused["case"]);
        var error = Assert.Single(refused["errors"]!.AsArray())!;
        Assert.Equal("DATE_IN_FUTURE", (string)error["code"]!);
        Assert.Equal(["input", "openedOn"], error["field"]!.AsArray().Select(f => (string)f!));
        Assert.Equal(0, (int)(await worker.QueryAsync("{ cases { totalCount } }"))["cases"]!["totalCount"]!);

        var id = (string)(await worker.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY" }))["id"]!;
        var consentId = (string)(await worker.ChangeAsync("recordConsent", new { caseId = id, purpose = "TRANSFER", givenBy = "PERSON", givenOn = Iso(Today) }))["consents"]![0]!["id"]!;
        var before = (await worker.CaseAsync(id))!.ToJsonString();

        var attempts = new (string Mutation, object Input)[]
        {
            ("recordContact", new { caseId = id, at = Iso(Now.AddDays(1)), channel = "PHONE", with = "FAMILY" }),
            ("referCase", new { caseId = id, destination = "HOSPITAL", referredOn = Iso(tomorrow) }),
            ("recordConsent", new { caseId = id, purpose = "TRANSFER", givenBy = "PERSON", givenOn = Iso(tomorrow) }),
            ("withdrawConsent", new { caseId = id, consentId, withdrawnOn = Iso(tomorrow) }),
            ("closeCase", new { caseId = id, closedOn = Iso(tomorrow), reason = "WORK" }),
        };
        foreach (var (mutation, input) in attempts)
        {
            Assert.Equal("DATE_IN_FUTURE", (string)(await worker.RefusedAsync(mutation, input))["code"]!);
        }

        Assert.Equal(before, (await worker.CaseAsync(id))!.ToJsonString());
        await worker.ChangeAsync("closeCase", new { caseId = id, closedOn = Iso(Today), reason = "WORK" });
        Assert.Equal("DATE_IN_FUTURE", (string)(await worker.RefusedAsync("reopenCase", new { caseId = id, reopenedOn = Iso(tomorrow) }))["code"]!);
        Assert.Equal("DATE_OUT_OF_RANGE", (string)(await worker.RefusedAsync("reopenCase", new { caseId = id, reopenedOn = Iso(Today.AddDays(-1)) }))["code"]!);
    }

    [Fact]
    public async Task BadIds_AreBadUserInput_AndAnUnknownCaseIsNullOrNotFound()
    {
        var worker = new CaseApi(Host, CaseTenants.Next());
        var unknown = Platform.GraphQL.Relay.NodeId.Encode("Case", $"{worker.Tenant}/{Guid.NewGuid():N}");
        Assert.Null(await worker.CaseAsync(unknown));
        var notFound = await worker.MutateRawAsync("recordContact", new { caseId = unknown, at = Iso(Now), channel = "PHONE", with = "PERSON" });
        Assert.Equal("NOT_FOUND", ErrorCode(notFound));

        var municipality = Platform.GraphQL.Relay.NodeId.Encode("Municipality", worker.Tenant);
        foreach (var bad in new[] { "not-an-id", municipality, Platform.GraphQL.Relay.NodeId.Encode("Case", $"{worker.Tenant}/../x") })
        {
            var body = await worker.PostAsync("query($id: ID!) { case(id: $id) { id } }", new { id = bad });
            Assert.Equal("BAD_USER_INPUT", ErrorCode(body));
        }
    }

    [Fact]
    public async Task CaseFields_ForCallersWithoutACaseRole_AreRefusedBeforeExecution()
    {
        var tenant = CaseTenants.Next();
        var (_, anonymous) = await Host.PostAsync("{ cases { totalCount } }");
        Assert.Equal("UNAUTHENTICATED", ErrorCode(anonymous));
        foreach (var role in new[] { Roles.PrefecturalOfficer, Roles.NationalAnalyst, Roles.Integrator })
        {
            var (_, body) = await Host.PostAsync("{ cases { totalCount } }", token: Host.Token(tenant, role));
            Assert.Equal("FORBIDDEN", ErrorCode(body));
        }

        var (_, nation) = await Host.PostAsync("{ cases { totalCount } }", token: Host.Token(Roles.NationTenant, Roles.Caseworker));
        Assert.Equal("FORBIDDEN", ErrorCode(nation));
        var transfer = await new CaseApi(Host, tenant).MutateRawAsync("transferCase", new { caseId = "x", targetTenantCode = "132292" });
        Assert.Equal("FORBIDDEN", ErrorCode(transfer));
    }
}
