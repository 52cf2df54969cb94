using Platform.Tenants.Security;

namespace Platform.Tests.Security;

/// <summary>The running platform's <c>platform</c> grain storage encrypts, with keys from its data folder.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PlatformEncryptionWiringTests(PlatformFixture fixture)
{
    [Fact]
    public async Task PlatformStorage_OfADurableRun_EncryptsTenantStateAndLeavesNoCanaryInTheDatabase()
    {
        var since = DateTime.UtcNow;
        var services = fixture.Host.App.Services;
        // Behind the boundary that turns database errors into ones every silo can read.
        var boundary = Assert.IsType<Platform.Silo.Orleans.StorageFaultBoundary>(services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Platform));
        var storage = Assert.IsType<AdoNetGrainStorage>(boundary.Inner);
        var serializer = Assert.IsType<EncryptingGrainStorageSerializer>(storage.Serializer);
        Assert.IsType<OrleansGrainStorageSerializer>(serializer.Inner);
        var canary = "CANARY" + Guid.NewGuid().ToString("N");
        var tenant = SecurityTestKit.NewTenant();
        var stateName = $"wiring-case-{Guid.NewGuid():N}";

        // A real case state: the platform stores state in Orleans' binary format, which knows
        // only the platform's [GenerateSerializer] types.
        var file = new CaseFile(
            "c1", tenant, "2025-000001", CaseStatus.Intake, new DateOnly(2025, 5, 1), null, null, ReferralSource.Family,
            new CaseSubject($"山田 {canary}", $"やまだ{canary}", 1975, null, Gender.Male, null, null, null),
            null, null, [], null, $"note {canary} 母親から電話。本人は3年間自室にこもっている。", [], [], [], null, null, false);
        await storage.WriteStateAsync(stateName, GrainId.Create(GrainType.Create("case"), tenant), new GrainState<CaseState> { State = new CaseState { TenantCode = tenant, File = file } });

        // The stored bytes are what matters here.
        var connectionString = services.GetRequiredService<PlatformConnection>().ConnectionString!;
        var stored = await ReadPayloadAsync(connectionString, stateName);
        Assert.Equal((tenant, 1), EncryptedStateEnvelope.ReadHeader(stored));
        var plaintext = EncryptedStateEnvelope.Open(stored, services.GetRequiredService<ITenantKeyStore>().Get);
        Assert.Contains(canary, Encoding.UTF8.GetString(plaintext));
        // Scanned as the owner: the platform's own login may not CHECKPOINT.
        var owner = fixture.Host.App.Configuration.GetConnectionString(RuntimeLogin.MigrationsConnectionName)!;
        Assert.Empty(await DatabaseScan.FindAsync(owner, [canary], since));
    }

    private static async Task<byte[]> ReadPayloadAsync(string connectionString, string stateName)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT payload FROM grain_state WHERE grain_type = @name", connection);
        command.Parameters.AddWithValue("name", stateName);
        return (byte[])(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public void MasterKey_OfALocalDurableRun_IsAFileInTheDataFolderOnlyItsOwnerCanRead()
    {
        fixture.Host.App.Services.GetRequiredService<ITenantKeyStore>().GetCurrent(SecurityTestKit.NewTenant());

        var path = Path.Combine(fixture.Host.DataDirectory, "keys", "master.key");
        Assert.True(File.Exists(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void BlindIndex_FromTheContainer_IsStablePerTenant()
    {
        var index = fixture.Host.App.Services.GetRequiredService<IBlindIndex>();
        var tenant = SecurityTestKit.NewTenant();

        Assert.Equal(index.Compute(tenant, "やまだたろう"), index.Compute(tenant, BlindIndexNormalization.Kana("ヤマダ タロウ")));
    }
}
