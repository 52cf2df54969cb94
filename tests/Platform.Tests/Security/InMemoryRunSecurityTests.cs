using Platform.Tenants.Security;

namespace Platform.Tests.Security;

/// <summary>An <c>--in-memory</c> run persists nothing, keeps keys in memory and still indexes.</summary>
public sealed class InMemoryRunSecurityTests
{
    [Fact]
    public async Task BlindIndex_InAnInMemoryRun_WorksWithoutADatabaseOrAMasterKeyFile()
    {
        await using var host = await PlatformHost.StartAsync(connectionString: null);
        var services = host.App.Services;
        var tenant = SecurityTestKit.NewTenant();

        var index = services.GetRequiredService<IBlindIndex>();

        Assert.IsType<InMemoryTenantKeyStore>(services.GetRequiredService<ITenantKeyStore>());
        Assert.Equal(index.Compute(tenant, "やまだ"), index.Compute(tenant, "やまだ"));
        Assert.False(File.Exists(Path.Combine(host.DataDirectory, "keys", "master.key")));
    }
}
