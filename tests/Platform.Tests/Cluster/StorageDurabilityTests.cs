namespace Platform.Tests.Cluster;

/// <summary>The silo refuses a PostgreSQL that can lose acknowledged writes.</summary>
public sealed class StorageDurabilityTests
{
    [Fact]
    public async Task Check_OnAServerWithoutFsync_NamesEveryUnsafeSetting()
    {
        // The test server runs with all three off (LocalPostgresDurability.Throwaway).
        var postgres = await TestPostgres.Shared;

        var off = await StorageDurability.FindUnsafeSettingsAsync(postgres.ConnectionString, CancellationToken.None);

        Assert.Equal(["fsync", "full_page_writes", "synchronous_commit"], off);
    }

    [Fact]
    public async Task Start_OnAnUnsafeServer_IsRefusedUnlessTheDevFlagSaysSo()
    {
        var database = await (await TestPostgres.Shared).CreateDatabaseAsync("durability");

        var refused = await Assert.ThrowsAsync<PrerequisiteMissingException>(() => PlatformHost.StartAsync(
            database, extraSettings: new Dictionary<string, string?> { [StorageDurability.AllowUnsafeSetting] = "false" }));

        Assert.Contains("fsync=off", refused.Message, StringComparison.Ordinal);
        Assert.Contains(StorageDurability.AllowUnsafeSetting, refused.Message, StringComparison.Ordinal);
    }
}
