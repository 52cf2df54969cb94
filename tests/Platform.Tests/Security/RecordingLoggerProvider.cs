namespace Platform.Tests.Security;

/// <summary>Keeps every log entry at every level (appsettings.json levels do not apply to it), message and exception text, for canary checks.</summary>
internal sealed class RecordingLoggerProvider : Platform.Tests.Infrastructure.IEveryLevelLoggerProvider
{
    private readonly ConcurrentQueue<string> entries = new();

    /// <summary>Everything logged so far.</summary>
    public string Text => string.Join('\n', entries);

    /// <summary>How many entries were logged.</summary>
    public int Count => entries.Count;

    /// <summary>The levels seen so far (the check that configured levels hid none from this provider).</summary>
    public HashSet<LogLevel> Levels => entries.Select(e => Enum.Parse<LogLevel>(e[..e.IndexOf(' ', StringComparison.Ordinal)])).ToHashSet();

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    /// <summary>The entries (level, category, message, exception) that contain <paramref name="needle"/>, each cut to 400 characters.</summary>
    public List<string> Containing(string needle) =>
        entries.Where(e => e.Contains(needle, StringComparison.Ordinal)).Select(e => e.Length > 400 ? e[..400] : e).ToList();

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
