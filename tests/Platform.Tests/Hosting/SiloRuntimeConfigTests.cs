namespace Platform.Tests.Hosting;

/// <summary>
/// The silo's runtime settings (its <c>runtimeconfig.json</c>, used by <c>dotnet run</c>, the
/// published image and the tests' silo processes alike).
/// </summary>
public sealed class SiloRuntimeConfigTests
{
    [Fact]
    public void TheArraysOfALargeCaseBookShardWrite_StartInTheYoungGeneration()
    {
        // A shard of a 20,000-case tenant is about 100 KB; each write makes several arrays of that
        // size. On the large object heap (from 85,000 bytes by default) they drove full
        // collections: 5.5 against 3.5 ms of the silo's CPU per mutation (docs/benchmark.md).
        var path = Path.Combine(AppContext.BaseDirectory, "Platform.Silo.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty("System.GC.LOHThreshold", out var threshold), "no LOH threshold in the silo's runtimeconfig.json");
        Assert.True(threshold.GetInt64() >= 1 << 20, $"LOH threshold {threshold.GetInt64()} bytes: a large tenant's shard would land on the large object heap");
    }
}
