using System.Security.Cryptography;

namespace Platform.Tests.Security;

/// <summary>Wrapped per-tenant data keys in PostgreSQL (<c>tenant_data_keys</c>).</summary>
public sealed class TenantKeyStoreTests : IAsyncLifetime
{
    private readonly KeyEncryptionKey masterKey = SecurityTestKit.NewMasterKey();
    private string connectionString = string.Empty;

    /// <inheritdoc/>
    public async Task InitializeAsync() => connectionString = await SecurityTestKit.NewDatabaseAsync("tenant_keys");

    /// <inheritdoc/>
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetCurrent_WhenManySilosRaceForANewTenant_AllUseOneStoredKey()
    {
        var tenant = SecurityTestKit.NewTenant();
        var silos = Enumerable.Range(0, 8).Select(_ => SecurityTestKit.Store(connectionString, masterKey)).ToList();
        using var start = new ManualResetEventSlim();

        var tasks = silos.SelectMany(silo => new[]
        {
            Task.Run(() => { start.Wait(); return silo.GetCurrent(tenant); }),
            Task.Run(async () => { start.Wait(); return await silo.GetCurrentAsync(tenant); }),
        }).ToList();
        start.Set();
        var keys = await Task.WhenAll(tasks);

        Assert.Equal(1, await CountRowsAsync(tenant));
        Assert.All(keys, key => Assert.Equal(1, key.Version));

        // Every silo must read what every other silo wrote.
        var payloads = silos.Select(silo => new EncryptingGrainStorageSerializer(SecurityTestKit.DefaultInner(), silo).Serialize(SecurityTestKit.CanaryState(tenant, "race"))).ToList();
        foreach (var reader in silos.Select(silo => new EncryptingGrainStorageSerializer(SecurityTestKit.DefaultInner(), silo)))
        {
            Assert.All(payloads, payload => Assert.Equal("やまだrace", reader.Deserialize<SampleCaseState>(payload)!.Kana));
        }
    }

    [Fact]
    public async Task GetCurrent_AfterARestart_ReturnsTheKeyThatWroteTheState()
    {
        var tenant = SecurityTestKit.NewTenant();
        var payload = new EncryptingGrainStorageSerializer(SecurityTestKit.DefaultInner(), SecurityTestKit.Store(connectionString, masterKey))
            .Serialize(SecurityTestKit.CanaryState(tenant, "restart"));

        var restarted = new EncryptingGrainStorageSerializer(SecurityTestKit.DefaultInner(), SecurityTestKit.Store(connectionString, masterKey));

        Assert.Equal("やまだrestart", restarted.Deserialize<SampleCaseState>(payload)!.Kana);
        Assert.Equal(1, await CountRowsAsync(tenant));
    }

    [Fact]
    public async Task WrappedKey_CopiedFromTenantAToTenantB_DoesNotUnwrap()
    {
        var (tenantA, tenantB) = (SecurityTestKit.NewTenant(), SecurityTestKit.NewTenant());
        var store = SecurityTestKit.Store(connectionString, masterKey);
        store.GetCurrent(tenantA);
        store.GetCurrent(tenantB);

        await ExecuteAsync("""
            UPDATE tenant_data_keys SET wrapped_key = (SELECT wrapped_key FROM tenant_data_keys WHERE tenant_code = @a AND version = 1)
             WHERE tenant_code = @b AND version = 1
            """, ("a", tenantA), ("b", tenantB));

        Assert.ThrowsAny<CryptographicException>(() => SecurityTestKit.Store(connectionString, masterKey).GetCurrent(tenantB));
    }

    [Fact]
    public void Payload_OfTenantB_DoesNotDecryptWithTenantAKey()
    {
        var tenantA = "a" + Guid.NewGuid().ToString("N")[..8];
        var tenantB = "b" + tenantA[1..];
        var writer = new EncryptingGrainStorageSerializer(SecurityTestKit.DefaultInner(), SecurityTestKit.Store(connectionString, masterKey));
        writer.Serialize(SecurityTestKit.CanaryState(tenantA, "a"));
        var payloadB = writer.Serialize(SecurityTestKit.CanaryState(tenantB, "b")).ToArray();

        // Relabel B's payload as A's: the reader fetches A's key, which is not B's.
        payloadB[6] = (byte)'a';
        var reader = new EncryptingGrainStorageSerializer(SecurityTestKit.DefaultInner(), SecurityTestKit.Store(connectionString, masterKey));

        Assert.ThrowsAny<CryptographicException>(() => reader.Deserialize<SampleCaseState>(new BinaryData(payloadB)));
    }

    [Fact]
    public void GetCurrent_UnderAnotherMasterKey_FailsInsteadOfCreatingANewKey()
    {
        var tenant = SecurityTestKit.NewTenant();
        SecurityTestKit.Store(connectionString, masterKey).GetCurrent(tenant);

        var wrongMaster = SecurityTestKit.Store(connectionString, SecurityTestKit.NewMasterKey());

        var error = Assert.ThrowsAny<CryptographicException>(() => wrongMaster.GetCurrent(tenant));
        Assert.Contains(tenant, error.Message);
    }

    [Fact]
    public async Task RotateAsync_FromTwoSilosOnTheSameVersion_AddsOneVersionAndKeepsTheOldOneReadable()
    {
        var tenant = SecurityTestKit.NewTenant();
        var (siloA, siloB) = (SecurityTestKit.Store(connectionString, masterKey), SecurityTestKit.Store(connectionString, masterKey));
        var old = new EncryptingGrainStorageSerializer(SecurityTestKit.DefaultInner(), siloA).Serialize(SecurityTestKit.CanaryState(tenant, "v1"));
        await siloB.GetCurrentAsync(tenant);

        var rotated = await Task.WhenAll(siloA.RotateAsync(tenant), siloB.RotateAsync(tenant));
        var written = new EncryptingGrainStorageSerializer(SecurityTestKit.DefaultInner(), siloA).Serialize(SecurityTestKit.CanaryState(tenant, "v2"));
        var otherSilo = new EncryptingGrainStorageSerializer(SecurityTestKit.DefaultInner(), SecurityTestKit.Store(connectionString, masterKey));

        Assert.Equal(2, await CountRowsAsync(tenant));
        Assert.All(rotated, key => Assert.Equal(2, key.Version));
        Assert.Equal(2, EncryptedStateEnvelope.ReadHeader(written.ToArray()).KeyVersion);
        Assert.Equal("やまだv1", otherSilo.Deserialize<SampleCaseState>(old)!.Kana);
        Assert.Equal("やまだv2", otherSilo.Deserialize<SampleCaseState>(written)!.Kana);
    }

    [Fact]
    public void Get_AVersionTheTenantDoesNotHave_Throws()
    {
        var tenant = SecurityTestKit.NewTenant();
        var store = SecurityTestKit.Store(connectionString, masterKey);
        store.GetCurrent(tenant);

        Assert.ThrowsAny<CryptographicException>(() => store.Get(tenant, 7));
    }

    private async Task<long> CountRowsAsync(string tenant)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM tenant_data_keys WHERE tenant_code = @t", connection);
        command.Parameters.AddWithValue("t", tenant);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
