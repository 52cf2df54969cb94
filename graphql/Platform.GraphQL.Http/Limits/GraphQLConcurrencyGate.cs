using System.Threading.RateLimiting;

namespace Platform.GraphQL.Http.Limits;

/// <summary>
/// The per-silo limit of <see cref="GraphQLConcurrencyOptions"/>, and whether the silo has been
/// refusing requests for long enough to call itself saturated.
/// </summary>
public sealed class GraphQLConcurrencyGate : IDisposable
{
    private readonly ConcurrencyLimiter? _limiter;
    private readonly TimeSpan _queueTimeout;
    private readonly TimeSpan _saturatedAfter;
    private readonly TimeProvider _time;
    private long _overloadedSince; // ticks of the first refusal of the current streak; 0 when none
    private long _lastRefusal;

    /// <summary>Creates the gate from its options.</summary>
    public GraphQLConcurrencyGate(IOptions<GraphQLConcurrencyOptions> options, TimeProvider? time = null)
    {
        var o = options.Value;
        _queueTimeout = o.QueueTimeout;
        _saturatedAfter = o.SaturatedAfter;
        _time = time ?? TimeProvider.System;
        if (o.Limit > 0)
        {
            _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = o.Limit,
                QueueLimit = o.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        }
    }

    /// <summary>
    /// True while requests have been refused without a break for at least
    /// <see cref="GraphQLConcurrencyOptions.SaturatedAfter"/>. A silo nobody sends requests to
    /// stops being saturated once a queue timeout has passed without a refusal.
    /// </summary>
    public bool IsSaturated
    {
        get
        {
            var since = Interlocked.Read(ref _overloadedSince);
            var now = _time.GetUtcNow().UtcTicks;
            return since != 0
                && now - Interlocked.Read(ref _lastRefusal) <= QuietGap.Ticks
                && now - since >= _saturatedAfter.Ticks;
        }
    }

    // A streak of refusals ends when none happened for this long.
    private TimeSpan QuietGap => _queueTimeout + TimeSpan.FromSeconds(1);

    /// <summary>
    /// Waits for a slot; null when the request must be refused (the queue is full or the wait
    /// exceeded the timeout). The caller disposes the lease when the request is done.
    /// </summary>
    public async ValueTask<IDisposable?> EnterAsync(CancellationToken ct)
    {
        if (_limiter is null)
            return NoLease.Instance;

        // A free slot now and then does not end an overload: while most requests are refused,
        // slots still free up between them. A streak ends only after a quiet gap (NoteRefusal).
        var immediate = _limiter.AttemptAcquire();
        if (immediate.IsAcquired)
            return immediate;
        immediate.Dispose();

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(_queueTimeout);
        try
        {
            var lease = await _limiter.AcquireAsync(1, wait.Token);
            if (lease.IsAcquired)
                return lease;
            lease.Dispose();
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The queue timeout: refused below.
        }

        NoteRefusal();
        return null;
    }

    /// <inheritdoc/>
    public void Dispose() => _limiter?.Dispose();

    private void NoteRefusal()
    {
        var now = _time.GetUtcNow().UtcTicks;
        var last = Interlocked.Exchange(ref _lastRefusal, now);
        if (last == 0 || now - last > QuietGap.Ticks)
            Interlocked.Exchange(ref _overloadedSince, now);
        else
            Interlocked.CompareExchange(ref _overloadedSince, now, 0);
    }

    private sealed class NoLease : IDisposable
    {
        public static readonly NoLease Instance = new();

        public void Dispose()
        {
        }
    }
}
