namespace Platform.Tenants.Common;

/// <summary>
/// How a grain sends what it owes another grain: a roll-up, an index entry, a report. The
/// pending mark is stored with the change that made it, so nothing is lost when the other grain
/// cannot be reached: the send is tried again from a timer, and on the next activation anyway.
/// </summary>
internal static class PendingReports
{
    /// <summary>How long a grain waits before it tries a failed send again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Runs <paramref name="send"/>; when it fails, logs <paramref name="failure"/> and runs
    /// <paramref name="retry"/> (the grain's own send-what-is-pending method) from a timer.
    /// </summary>
    public static Task SendOrRetry(this Grain grain, Func<Task> send, Func<Task> retry, ILogger logger, string failure, params object?[] args) =>
        SendOrRetry(grain, send, retry, interleave: false, logger, failure, args);

    /// <summary>
    /// As above; with <paramref name="interleave"/> the retry runs beside the grain's calls, for a
    /// grain whose receiver may be waiting for that grain (the retry must then cope with changes
    /// made meanwhile).
    /// </summary>
    public static async Task SendOrRetry(this Grain grain, Func<Task> send, Func<Task> retry, bool interleave, ILogger logger, string failure, params object?[] args)
    {
        try
        {
            await send();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
#pragma warning disable CA2254 // The template is each caller's constant message.
            logger.LogWarning(ex, failure, args);
#pragma warning restore CA2254
            grain.RegisterGrainTimer(retry, new GrainTimerCreationOptions(RetryAfter, Timeout.InfiniteTimeSpan) { Interleave = interleave });
        }
    }

    /// <summary>
    /// A roll-up: reports each fiscal year of <paramref name="pending"/> with <paramref name="report"/>
    /// as the system caller, then runs <paramref name="afterwards"/>; nothing when no year is pending.
    /// A year leaves <paramref name="pending"/> once reported, in memory only: it is stored with the
    /// grain's next change, and a re-report after a restart replaces the same figures, so it cannot
    /// count twice. A failure is logged and retried by <paramref name="retry"/>, as in SendOrRetry.
    /// </summary>
    public static async Task ReportYearsOrRetry(
        this Grain grain, SortedSet<int> pending, CallerSigner signer, Func<int, Task> report, Func<Task> afterwards,
        Func<Task> retry, ILogger logger, string failure, params object?[] args)
    {
        if (pending.Count == 0)
        {
            return;
        }

        using var system = CallerContext.EnterSystem(signer);
        await grain.SendOrRetry(
            async () =>
            {
                foreach (var year in pending.ToArray())
                {
                    await report(year);
                    pending.Remove(year);
                }

                await afterwards();
            },
            retry,
            logger,
            failure,
            args);
    }
}
