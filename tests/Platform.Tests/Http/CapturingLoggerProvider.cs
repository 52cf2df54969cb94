namespace Platform.Tests.Http;

/// <summary>Keeps every log entry written through it, so tests can see what was logged.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Message, Exception? Exception)> _entries = new();

    /// <summary>The entries logged so far, oldest first.</summary>
    public IReadOnlyCollection<(string Message, Exception? Exception)> Entries => _entries;

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new Logger(_entries);

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<(string, Exception?)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                entries.Enqueue((formatter(state, exception), exception));
        }
    }
}
