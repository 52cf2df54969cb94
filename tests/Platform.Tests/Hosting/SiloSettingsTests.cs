using Platform.Tests.Storage;

namespace Platform.Tests.Hosting;

/// <summary>Where the silo reads its settings from, and how much it logs per request.</summary>
[Collection(EnvironmentSensitiveCollection.Name)]
public sealed class SiloSettingsTests
{
    [Fact]
    public async Task StartedFromAnotherFolder_ReadsAppSettingsFromItsOwnFolder()
    {
        var elsewhere = TestPostgres.CreateTemporaryFolder();
        var before = Directory.GetCurrentDirectory();
        Microsoft.AspNetCore.Builder.WebApplication built;
        Directory.SetCurrentDirectory(elsewhere); // this collection runs alone: nobody else sees it
        try
        {
            built = PlatformApp.Build(["--environment", "Development"], builder => builder.Configuration.AddInMemoryCollection(
                new Dictionary<string, string?> { ["Platform:InMemory"] = "true", ["Platform:DataDirectory"] = elsewhere }));
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
        }

        await using var app = built;
        Assert.Equal(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory), Path.TrimEndingDirectorySeparator(app.Environment.ContentRootPath));
        // From the silo's appsettings.json: quiet by default.
        Assert.Equal("Warning", app.Configuration["Logging:LogLevel:Default"]);
    }

    [Fact]
    public async Task RequestLogging_WhenAskedFor_WritesOneInformationLinePerRequest_WithoutTheQuery()
    {
        var logs = new RecordingLoggerProvider();
        await using var host = await PlatformHost.StartAsync(connectionString: null,
            extraSettings: new Dictionary<string, string?> { [RequestLog.Setting] = "true" }, logging: logs);

        using var response = await host.Http.GetAsync("/graphql?query=%7B__typename%7D&secret=hunter2");

        // The line is written when the pipeline unwinds, which may be just after the client has the answer.
        var lines = logs.Entries.Where(e => e.Message.Contains("/graphql", StringComparison.Ordinal)).ToList();
        for (var attempt = 0; attempt < 50 && lines.Count == 0; attempt++)
        {
            await Task.Delay(100);
            lines = [.. logs.Entries.Where(e => e.Message.Contains("/graphql", StringComparison.Ordinal))];
        }

        var line = Assert.Single(lines);
        Assert.Equal((RequestLog.Category, LogLevel.Information), (line.Category, line.Level));
        Assert.Contains("GET /graphql 200", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", line.Message, StringComparison.Ordinal);
    }

    private sealed class RecordingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Recorder(string category, ConcurrentQueue<(string, LogLevel, string)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}
