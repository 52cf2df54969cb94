using System.Collections.Concurrent;

namespace Platform.Benchmarks;

/// <summary>The last lines a child process wrote, kept for error messages.</summary>
/// <param name="capacity">How many lines to keep.</param>
internal sealed class OutputTail(int capacity)
{
    private readonly ConcurrentQueue<string> lines = new();

    /// <summary>Keeps <paramref name="line"/>, dropping the oldest beyond the capacity; ignores the end-of-stream null.</summary>
    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue(line);
        while (lines.Count > capacity)
        {
            lines.TryDequeue(out _);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join(Environment.NewLine, lines);
}
