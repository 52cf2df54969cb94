using Microsoft.AspNetCore.Builder;

namespace Platform.Tests.Hosting;

/// <summary>What a Production silo insists on before it starts anything.</summary>
public sealed class ProductionStartTests
{
    // Port 1 answers nobody: a build that got as far as the database would fail differently.
    private const string UnreachableDatabase = "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2";

    [Fact]
    public void Production_WithoutAMasterKey_RefusesToStart_SaysWhatToSet_AndCreatesNone()
    {
        var data = TestPostgres.CreateTemporaryFolder();

        var error = Assert.Throws<PrerequisiteMissingException>(() => Build(data, new()
        {
            ["ConnectionStrings:Platform"] = UnreachableDatabase,
            ["Identity:PublicOnly"] = "true",
        }));

        Assert.Contains(KeyEncryptionKey.KeySetting, error.Message, StringComparison.Ordinal);
        Assert.Contains("Security__MasterKey", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data, "keys", "master.key")));
    }

    [Fact]
    public void Production_WithoutACallerContextKey_RefusesToStart_SaysWhatToSet_AndCreatesNone()
    {
        var data = TestPostgres.CreateTemporaryFolder();

        var error = Assert.Throws<PrerequisiteMissingException>(() => Build(data, new()
        {
            ["ConnectionStrings:Platform"] = UnreachableDatabase,
            ["Identity:PublicOnly"] = "true",
            [KeyEncryptionKey.KeySetting] = Convert.ToBase64String(new byte[32]),
        }));

        Assert.Contains("Identity:CallerContextKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("Identity__CallerContextKey", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data, "keys", "caller-context.key")));
    }

    [Fact]
    public void Production_WithoutEntra_RefusesToStart_UnlessPublicOnlyIsSetOnPurpose()
    {
        var settings = new Dictionary<string, string?> { ["Platform:InMemory"] = "true" };

        var error = Assert.Throws<PrerequisiteMissingException>(() => Build(TestPostgres.CreateTemporaryFolder(), settings));

        Assert.Contains("Identity:Entra:ClientId", error.Message, StringComparison.Ordinal);
        Assert.Contains(IdentityHostingExtensions.PublicOnlySetting + "=true", error.Message, StringComparison.Ordinal);
        settings[IdentityHostingExtensions.PublicOnlySetting] = "true";
        Build(TestPostgres.CreateTemporaryFolder(), settings);
    }

    private static async Task BuildAndDisposeAsync(string data, Dictionary<string, string?> settings)
    {
        await using var app = PlatformApp.Build(["--environment", "Production"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Configuration.AddInMemoryCollection([KeyValuePair.Create<string, string?>("Platform:DataDirectory", data)]);
        });
    }

    private static void Build(string data, Dictionary<string, string?> settings) =>
        BuildAndDisposeAsync(data, settings).GetAwaiter().GetResult();
}
