namespace Platform.Tests.Cluster;

/// <summary>
/// What a load balancer does in front of the silos: it probes each silo's <c>/health/ready</c>
/// every <see cref="ProbePeriod"/> and sends a request to a silo whose last probe answered 200,
/// in turn. It never retries a request itself, and it learns that a silo stopped being ready
/// only at its next probe, as Kubernetes' endpoints do (slower, in production).
/// </summary>
public sealed class ReadyBalancer : IAsyncDisposable
{
    /// <summary>How often each silo is probed.</summary>
    public static readonly TimeSpan ProbePeriod = TimeSpan.FromMilliseconds(200);

    private readonly HttpClient _probe = new() { Timeout = TimeSpan.FromSeconds(1) };
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _lock = new();
    private readonly List<Target> _targets = [];
    private readonly Task _probing;
    private int _next;

    /// <summary>Starts probing; add silos with <see cref="Add"/>.</summary>
    public ReadyBalancer() => _probing = Task.Run(ProbeAsync);

    /// <summary>Puts <paramref name="silo"/> behind the balancer; it gets requests once a probe finds it ready.</summary>
    public void Add(SiloProcess silo)
    {
        lock (_lock)
        {
            _targets.Add(new Target(silo));
        }
    }

    /// <summary>Takes <paramref name="silo"/> out (its process is gone).</summary>
    public void Remove(SiloProcess silo)
    {
        lock (_lock)
        {
            _targets.RemoveAll(t => t.Silo == silo);
        }
    }

    /// <summary>
    /// The silo for the next request: the next one in turn whose last probe answered 200; waits
    /// up to <paramref name="timeout"/> for one.
    /// </summary>
    public async Task<Uri> PickAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            lock (_lock)
            {
                var ready = _targets.Where(t => t.Ready).ToList();
                if (ready.Count > 0)
                {
                    return ready[(int)((uint)_next++ % (uint)ready.Count)].Silo.Address;
                }
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"No silo was ready for {timeout}.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>When <paramref name="silo"/>'s probes last changed from ready to not ready (null if they never did).</summary>
    public DateTime? LeftAt(SiloProcess silo)
    {
        lock (_lock)
        {
            return _targets.FirstOrDefault(t => t.Silo == silo)?.LeftAt;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _probing;
        _stop.Dispose();
        _probe.Dispose();
    }

    private async Task ProbeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Target[] targets;
            lock (_lock)
            {
                targets = [.. _targets];
            }

            await Task.WhenAll(targets.Select(ProbeAsync));
            try
            {
                await Task.Delay(ProbePeriod, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ProbeAsync(Target target)
    {
        bool ready;
        try
        {
            using var response = await _probe.GetAsync(new Uri(target.Silo.Address, "health/ready"), _stop.Token);
            ready = response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            ready = false;
        }

        if (target.Ready && !ready)
        {
            target.LeftAt = DateTime.UtcNow;
        }

        target.Ready = ready;
    }

    private sealed class Target(SiloProcess silo)
    {
        public SiloProcess Silo { get; } = silo;

        public volatile bool Ready;

        public DateTime? LeftAt { get; set; }
    }
}
