using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Platform.Tests.Security;

/// <summary>Keeps every log entry at every level, message and exception text, for canary checks.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> entries = new();

    /// <summary>Everything logged so far.</summary>
    public string Text => string.Join('\n', entries);

    /// <summary>How many entries were logged.</summary>
    public int Count => entries.Count;

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new Logger(entries);

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue($"{logLevel} {formatter(state, exception)} {exception}");
    }
}
