using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Cases;

/// <summary>Another tenant's case staff can neither read nor change a case, and learns nothing about it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseIsolationTests(PlatformFixture fixture)
{
    [Fact]
    public async Task AnotherTenantsCaseworker_IsForbidden_OnTheCase_AndOnEveryMutation()
    {
        var owner = new CaseApi(fixture.Host, CaseTenants.Next(), Roles.Supervisor);
        var id = (string)(await owner.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY", subject = new { name = "秘密 花子", kana = "ひみつ はなこ" } }))["id"]!;
        var consentId = (string)(await owner.ChangeAsync("recordConsent", new { caseId = id, purpose = "TRANSFER", givenBy = "PERSON", givenOn = Iso(Today) }))["consents"]![0]!["id"]!;
        var referralId = (string)(await owner.ChangeAsync("referCase", new { caseId = id, destination = "HOSPITAL", referredOn = Iso(Today) }))["referrals"]![0]!["id"]!;
        var before = (await owner.CaseAsync(id))!.ToJsonString();

        foreach (var role in new[] { Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin })
        {
            var stranger = new CaseApi(fixture.Host, CaseTenants.Next(), role);
            foreach (var query in new[] { "query($id: ID!) { case(id: $id) { caseNumber subject { name } } }", "query($id: ID!) { node(id: $id) { ... on Case { subject { name } } } }" })
            {
                var body = await stranger.PostAsync(query, new { id });
                Assert.Equal("FORBIDDEN", ErrorCode(body));
                Assert.DoesNotContain("秘密", body.ToJsonString(), StringComparison.Ordinal);
            }

            var attempts = new (string Mutation, object Input)[]
            {
                ("recordContact", new { caseId = id, at = Iso(Now), channel = "PHONE", with = "PERSON" }),
                ("referCase", new { caseId = id, destination = "HOSPITAL", referredOn = Iso(Today) }),
                ("recordReferralOutcome", new { caseId = id, referralId, outcome = "DECLINED" }),
                ("recordConsent", new { caseId = id, purpose = "TRANSFER", givenBy = "PERSON", givenOn = Iso(Today) }),
                ("withdrawConsent", new { caseId = id, consentId, withdrawnOn = Iso(Today) }),
                ("updateCaseStatus", new { caseId = id, status = "ACTIVE" }),
                ("closeCase", new { caseId = id, closedOn = Iso(Today), reason = "OTHER" }),
                ("reopenCase", new { caseId = id, reopenedOn = Iso(Today) }),
                ("transferCase", new { caseId = id, targetTenantCode = stranger.Tenant }),
            };
            foreach (var (mutation, input) in attempts)
            {
                var body = await stranger.MutateRawAsync(mutation, input);
                Assert.True(ErrorCode(body) == "FORBIDDEN", $"{mutation} by {role}: {body.ToJsonString()}");
            }

            // Their own lists and searches show nothing of it.
            Assert.Equal(0, (int)(await stranger.QueryAsync("{ cases(search: \"ひみつ はなこ\") { totalCount } }"))["cases"]!["totalCount"]!);
        }

        Assert.Equal(before, (await owner.CaseAsync(id))!.ToJsonString());
    }

    [Theory]
    [InlineData(Roles.PrefecturalOfficer)]
    [InlineData(Roles.Integrator)]
    [InlineData(Roles.NationalAnalyst)]
    public async Task TheOwnTenantsCallerWithoutACaseRole_IsForbidden_ThroughNode(string role)
    {
        var owner = new CaseApi(fixture.Host, CaseTenants.Next(), Roles.Supervisor);
        var id = (string)(await owner.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY", subject = new { name = "秘密 次郎", kana = "ひみつ じろう" } }))["id"]!;
        var outsider = new CaseApi(fixture.Host, owner.Tenant, role);
        foreach (var query in new[] { "query($id: ID!) { node(id: $id) { id ... on Case { subject { name } } } }", "query($id: ID!) { nodes(ids: [$id]) { id } }" })
        {
            var body = await outsider.PostAsync(query, new { id });
            Assert.Equal("FORBIDDEN", ErrorCode(body));
            Assert.DoesNotContain("秘密", body.ToJsonString(), StringComparison.Ordinal);
        }
    }
}
