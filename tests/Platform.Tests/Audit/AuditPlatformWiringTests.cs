namespace Platform.Tests.Audit;

/// <summary>
/// The platform as <c>Program</c> composes it writes audit entries to its database: a durable run
/// must never fall back to the in-memory log because the storage set-up changed shape.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AuditPlatformWiringTests(PlatformFixture fixture)
{
    [Fact]
    public void DurablePlatform_ResolvesThePostgresAuditLog()
    {
        Assert.IsType<PostgresAuditLog>(fixture.Host.App.Services.GetRequiredService<IAuditLog>());
    }
}
