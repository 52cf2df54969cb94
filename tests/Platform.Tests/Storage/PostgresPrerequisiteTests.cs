namespace Platform.Tests.Storage;

/// <summary>What a developer is told when the PostgreSQL server is not installed.</summary>
[Collection(EnvironmentSensitiveCollection.Name)]
public sealed class PostgresPrerequisiteTests
{
    [Fact]
    public async Task Start_WhenTheBinariesAreMissing_SaysWhichPackageToInstall()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"platform-no-postgres-{Guid.NewGuid():N}");
        var previous = Environment.GetEnvironmentVariable("PLATFORM_PG_BIN");
        Environment.SetEnvironmentVariable("PLATFORM_PG_BIN", missing);
        try
        {
            var error = await Assert.ThrowsAsync<PrerequisiteMissingException>(
                () => LocalPostgres.StartAsync(Path.Combine(missing, "data"), NullLogger.Instance, CancellationToken.None));

            Assert.Contains("apt-get install -y postgresql", error.Message, StringComparison.Ordinal);
            Assert.Contains("brew install postgresql@15", error.Message, StringComparison.Ordinal);
            Assert.Contains("ConnectionStrings:Platform", error.Message, StringComparison.Ordinal);
            Assert.False(Directory.Exists(missing), "Nothing should be created before the binaries are found.");
        }
        finally
        {
            Environment.SetEnvironmentVariable("PLATFORM_PG_BIN", previous);
        }
    }
}
