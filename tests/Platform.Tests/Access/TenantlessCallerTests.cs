using Platform.Tenants.Activities;
using Platform.Tenants.Notifications;

namespace Platform.Tests.Access;

/// <summary>
/// A caller whose tenant keeps no activities and no notices (the nation), even with a tenant's
/// role, is refused FORBIDDEN by the grain's own rule before any book is named: the resolvers
/// check no tenant kind themselves.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TenantlessCallerTests(PlatformFixture fixture)
{
    [Theory]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.TenantAdmin)]
    public async Task TheNation_WithATenantsRole_NamesNoActivityOrNotificationBook(string role)
    {
        var nation = new CaseApi(fixture.Host, "nation", role);
        fixture.Host.GrainCalls.Reset();

        var record = await nation.PostAsync("mutation($i: RecordActivityInput!) { recordActivity(input: $i) { activity { id } errors { code } } }",
            new { i = new { kind = "NETWORK_MEETING", heldOn = "2024-05-01", participants = 5, agenciesPresent = 3 } });
        Assert.Equal("FORBIDDEN", CaseApi.ErrorCode(record));
        var place = await nation.PostAsync("mutation { registerPlaceOfBelonging(input: { name: \"x\", isPublic: false }) { errors { code } } }");
        Assert.Equal("FORBIDDEN", CaseApi.ErrorCode(place));
        var feed = await nation.PostAsync("{ notifications(first: 5) { totalCount } }");
        Assert.Equal("FORBIDDEN", CaseApi.ErrorCode(feed));
        var marked = await nation.PostAsync("mutation { markNotificationsRead(input: {}) { marked errors { code } } }");
        Assert.Equal("FORBIDDEN", CaseApi.ErrorCode(marked));

        Assert.Equal(0, fixture.Host.GrainCalls.Of<IActivityBookGrain>());
        Assert.Equal(0, fixture.Host.GrainCalls.Of<INotificationBookGrain>());
    }
}
