namespace Platform.Tests.Access;

/// <summary>
/// Role decisions that resolvers no longer restate: the schema's <c>AuthorizeWithRoles</c>
/// metadata refuses them before execution, for a caller of a real tenant with the wrong role.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SchemaRoleTests(PlatformFixture fixture)
{
    private PlatformHost Host => fixture.Host;

    [Theory]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.PrefecturalOfficer)]
    [InlineData(Roles.Integrator)]
    public async Task AuditLog_ForARoleOtherThanSupervisorOrTenantAdmin_IsForbidden(string role)
    {
        var (_, body) = await Host.PostAsync("{ auditLog(first: 1) { totalCount } }", null, Host.Token("132292", role));
        Assert.Equal("FORBIDDEN", (string?)body["errors"]?[0]?["extensions"]?["code"]);
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task AuditLog_ForASupervisor_IsRead()
    {
        var data = await Host.QueryAsync("{ auditLog(first: 1) { totalCount } }", token: Host.Token("132292", Roles.Supervisor));
        Assert.True((int)data["auditLog"]!["totalCount"]! >= 0);
    }

    [Fact]
    public async Task Notifications_ForAnIntegratorOfAMunicipality_AreForbidden()
    {
        var (_, body) = await Host.PostAsync("{ notifications(first: 1) { nodes { id } } }", null, Host.Token("132292", Roles.Integrator));
        Assert.Equal("FORBIDDEN", (string?)body["errors"]?[0]?["extensions"]?["code"]);
    }
}
