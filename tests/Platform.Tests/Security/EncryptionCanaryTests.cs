using Platform.Tests.Storage;

namespace Platform.Tests.Security;

/// <summary>
/// Canary strings written through the real Orleans ADO.NET grain storage on our schema must
/// not appear anywhere in the database's bytes or in the logs; the same scan over state
/// stored without encryption must find them, which proves the scan can see.
/// </summary>
public sealed class EncryptionCanaryTests
{
    [Fact]
    public async Task TenantOwnedState_WrittenThroughTheAdoNetProvider_LeavesNoCanaryInTheDatabaseOrTheLogs()
    {
        var since = DateTime.UtcNow;
        var connectionString = await SecurityTestKit.NewDatabaseAsync("canary");
        using var logs = new RecordingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var keys = new TenantKeyStore(connectionString, SecurityTestKit.NewMasterKey(), loggerFactory.CreateLogger<TenantKeyStore>());
        var storage = await AdoNetGrainStorageHarness.StartAsync(connectionString);
        storage.Serializer = new EncryptingGrainStorageSerializer(storage.Serializer, keys);
        var canary = "CANARY" + Guid.NewGuid().ToString("N");
        var tenant = SecurityTestKit.NewTenant();
        var grainId = GrainId.Create(GrainType.Create("case"), $"{tenant}/{Guid.NewGuid():N}");

        var written = new GrainState<SampleCaseState> { State = SecurityTestKit.CanaryState(tenant, canary) };
        await storage.WriteStateAsync("case", grainId, written);
        written.State.Notes.Add($"second contact {canary}");
        await storage.WriteStateAsync("case", grainId, written);
        var read = new GrainState<SampleCaseState>();
        await storage.ReadStateAsync("case", grainId, read);

        Assert.Equal(written.State.Notes, read.State?.Notes);
        var found = await DatabaseScan.FindAsync(connectionString, [canary, $"やまだ{canary}"], since);
        Assert.Empty(found);
        Assert.True(logs.Count > 0, "the key store logs the key it created");
        Assert.DoesNotContain(canary, logs.Text);
    }

    [Fact]
    public async Task StateThatIsNotTenantOwned_WrittenThroughTheAdoNetProvider_IsFoundByTheSameScan()
    {
        var since = DateTime.UtcNow;
        var connectionString = await SecurityTestKit.NewDatabaseAsync("canary_control");
        var storage = await AdoNetGrainStorageHarness.StartAsync(connectionString);
        storage.Serializer = new EncryptingGrainStorageSerializer(storage.Serializer, new InMemoryTenantKeyStore());
        var canary = "CANARY" + Guid.NewGuid().ToString("N");
        var grainId = GrainId.Create(GrainType.Create("municipality"), Guid.NewGuid().ToString("N"));

        await storage.WriteStateAsync("directory", grainId, new GrainState<SampleDirectoryState> { State = new() { Name = canary } });

        var found = await DatabaseScan.FindAsync(connectionString, [canary], since);
        Assert.Contains(found, place => place.StartsWith("table grain_state", StringComparison.Ordinal));
        Assert.Contains(found, place => place.StartsWith("file base/", StringComparison.Ordinal));
    }
}
