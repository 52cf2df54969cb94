using System.Collections.Concurrent;

namespace Platform.TestSupport;

/// <summary>
/// What a silo process printed: its last lines, for error messages, and every line that names an
/// exception since it started, for tests that count failures.
/// </summary>
internal sealed class SiloOutput
{
    private const int TailLines = 200;
    private const int MaxExceptionLines = 10_000;
    private const string InternalMarker = "saw INTERNAL";

    private readonly ConcurrentQueue<string> tail = new();
    private readonly List<string> exceptionLines = [];
    private int internalLinesToKeep;

    /// <summary>The last lines, oldest first.</summary>
    public string Tail => string.Join(Environment.NewLine, tail);

    /// <summary>The lines that name an exception, and those that follow an INTERNAL error's log line.</summary>
    public IReadOnlyList<string> ExceptionLines
    {
        get
        {
            lock (exceptionLines)
            {
                return [.. exceptionLines];
            }
        }
    }

    /// <summary>Keeps <paramref name="line"/>; ignores the end-of-stream null.</summary>
    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        // The line that names a failure's exception follows the log line that names the failure.
        var isInternal = line.Contains(InternalMarker, StringComparison.Ordinal);
        if (isInternal || Interlocked.Decrement(ref internalLinesToKeep) >= 0)
        {
            if (isInternal)
            {
                Interlocked.Exchange(ref internalLinesToKeep, 3);
            }

            lock (exceptionLines)
            {
                exceptionLines.Add("INTERNAL> " + line);
            }
        }

        if (line.Contains("Exception", StringComparison.Ordinal))
        {
            lock (exceptionLines)
            {
                if (exceptionLines.Count < MaxExceptionLines)
                {
                    exceptionLines.Add(line);
                }
            }
        }

        tail.Enqueue(line);
        while (tail.Count > TailLines)
        {
            tail.TryDequeue(out _);
        }
    }
}
