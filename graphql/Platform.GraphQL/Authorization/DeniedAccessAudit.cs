using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Platform.Tenants.Audit;

namespace Platform.GraphQL.Authorization;

/// <summary>
/// Traces refused attempts in the audit chain of the tenant they aimed at, aggregated: all the
/// refusals of one caller on one tenant within a window (<c>Audit:DeniedAccessWindow</c>, one
/// minute by default) become one <c>access.denied</c> entry, written when the window closes (or
/// when the process stops). A single refusal is written as it always was; a repeated one names
/// the first object and how many more were refused, so that a flood of refusals cannot bury the
/// owning tenant's chain. Every refusal is still logged one by one by whoever refused it.
/// </summary>
public sealed class DeniedAccessAudit : IAsyncDisposable
{
    /// <summary>The setting that holds the window.</summary>
    public const string WindowSetting = "Audit:DeniedAccessWindow";

    /// <summary>The actor of an attempt without a verified caller.</summary>
    public static readonly Caller Anonymous = new("anonymous", "-", []);

    private readonly IAuditLog _log;
    private readonly PlatformClock _clock;
    private readonly ILogger _logger;
    private readonly TimeSpan _window;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Subject, string ActorTenant, string Tenant), OpenWindow> _open = [];
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private readonly ITimer _timer;

    /// <summary>Creates the aggregation; it writes to <paramref name="log"/>.</summary>
    public DeniedAccessAudit(IAuditLog log, IConfiguration configuration, ILogger<DeniedAccessAudit> logger, PlatformClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _log = log;
        _logger = logger;
        _clock = clock ?? PlatformClock.Real;
        _window = configuration.GetValue(WindowSetting, TimeSpan.FromMinutes(1));
        if (_window <= TimeSpan.Zero)
            throw new InvalidOperationException($"{WindowSetting} must be positive.");
        var tick = TimeSpan.FromTicks(Math.Clamp(_window.Ticks / 4, TimeSpan.TicksPerMillisecond * 100, TimeSpan.TicksPerSecond * 5));
        _timer = TimeProvider.System.CreateTimer(_ => _ = FlushAsync(all: false), null, tick, tick);
    }

    /// <summary>
    /// Counts one refused attempt of <paramref name="caller"/> (null when anonymous) on
    /// <paramref name="objectType"/> <paramref name="objectId"/> of <paramref name="tenantCode"/>.
    /// Never throws and never waits: the entry is written when the caller's window on that tenant closes.
    /// </summary>
    public void Record(Caller? caller, string tenantCode, string objectType, string objectId)
    {
        var actor = caller ?? Anonymous;
        var key = (actor.Subject, actor.TenantCode, tenantCode);
        lock (_gate)
        {
            if (_open.TryGetValue(key, out var open))
                open.Count++;
            else
                _open[key] = new OpenWindow(actor, tenantCode, objectType, objectId, _clock.GetUtcNow(), Environment.TickCount64);
        }
    }

    /// <summary>
    /// Writes the windows that have closed, or every open one when <paramref name="all"/> (tests,
    /// and the end of the process). A failure to write is logged; the refusals stay refused.
    /// </summary>
    public async Task FlushAsync(bool all = true)
    {
        await _flushing.WaitAsync();
        try
        {
            List<OpenWindow> closed;
            var now = Environment.TickCount64;
            lock (_gate)
            {
                closed = [.. _open.Values.Where(w => all || now - w.OpenedAt >= _window.TotalMilliseconds)];
                foreach (var window in closed)
                    _open.Remove((window.Actor.Subject, window.Actor.TenantCode, window.TenantCode));
            }

            foreach (var window in closed)
            {
                try
                {
                    await _log.AppendAsync(window.ToRecord());
                }
                catch (Exception ex)
                {
                    _logger.LogError(ex, "Could not record {Count} refused attempts of {Subject} on tenant {Tenant}",
                        window.Count, window.Actor.Subject, window.TenantCode);
                }
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync();
        await FlushAsync();
    }

    private sealed class OpenWindow(Caller actor, string tenantCode, string objectType, string objectId, DateTimeOffset at, long openedAt)
    {
        // Room for " (+2147483647 more)" within the audit log's 256 characters.
        private const int MaxObjectId = 230;

        public Caller Actor { get; } = actor;

        public string TenantCode { get; } = tenantCode;

        public long OpenedAt { get; } = openedAt;

        public int Count { get; set; } = 1;

        public AuditRecord ToRecord()
        {
            var first = objectId.Length > MaxObjectId ? objectId[..MaxObjectId] : objectId;
            var id = Count == 1 ? first : $"{first} (+{Count - 1} more)";
            return AuditRecord.For(Actor, TenantCode, AuditActions.AccessDenied, objectType, id, AuditOutcome.Denied, at);
        }
    }
}
