using System.Diagnostics;
using System.Text;
using Platform.Tenants.Access;

namespace Platform.GraphQL.Http;

/// <summary>
/// Where the time of a <c>/graphql</c> request goes, for the benchmark (<c>GraphQL:StageTimings=true</c>;
/// off by default, and then every call here returns at once). Each stage adds the time since the
/// previous mark of the same request; every <see cref="ReportEvery"/> requests the mean per
/// request of each stage is logged as a warning and the sums start again.
/// </summary>
public sealed class GraphQLStageTimings
{
    /// <summary>How many requests one logged line covers.</summary>
    public const int ReportEvery = 2_000;

    /// <summary>The start of the line the benchmark looks for.</summary>
    public const string LinePrefix = "GraphQL stage timings";

    private const string MarkKey = "platform.stage-mark";
    private const string StartKey = "platform.stage-start";
    private static readonly int StageCount = Enum.GetValues<Stage>().Length;

    private readonly long[] _ticks = new long[StageCount];
    private readonly ILogger<GraphQLStageTimings> _logger;
    private long _requests;
    private long _totalTicks;

    /// <summary>Creates the timings; enabled by <see cref="GraphQLHttpOptions.StageTimings"/>.</summary>
    public GraphQLStageTimings(IOptions<GraphQLHttpOptions> options, ILogger<GraphQLStageTimings> logger)
    {
        Enabled = options.Value.StageTimings;
        _logger = logger;
    }

    /// <summary>The stages, in the order a request passes them.</summary>
    public enum Stage
    {
        /// <summary>ASP.NET Core authentication and the invalid-token check.</summary>
        Authentication,

        /// <summary>Sealing the verified caller into the Orleans request context.</summary>
        CallerContext,

        /// <summary>The per-caller rate limiter and the concurrency gate.</summary>
        RateLimiter,

        /// <summary>Media type negotiation, reading and parsing the request body.</summary>
        ReadRequest,

        /// <summary>The document cache (parse on a miss) and the structural limits.</summary>
        DocumentCache,

        /// <summary>Choosing the rule set, the hop to the thread pool and validation (authorization and cost rules included), variables.</summary>
        Validation,

        /// <summary>Resolvers, grain calls included.</summary>
        Execution,

        /// <summary>Writing the JSON answer.</summary>
        Serialisation,

        /// <summary>Grain calls made by requests (their sum, concurrent ones each counted; part of execution, counted again here).</summary>
        GrainCalls,
    }

    /// <summary>True when timings are kept.</summary>
    public bool Enabled { get; }

    /// <summary>Starts the clock of a request.</summary>
    public void Begin(HttpContext context)
    {
        if (!Enabled)
            return;
        var now = Stopwatch.GetTimestamp();
        context.Items[StartKey] = now;
        context.Items[MarkKey] = now;
    }

    /// <summary>Adds the time since the previous mark of <paramref name="context"/> to <paramref name="stage"/>.</summary>
    public void Mark(HttpContext context, Stage stage)
    {
        if (!Enabled || context.Items[MarkKey] is not long previous)
            return;
        var now = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _ticks[(int)stage], now - previous);
        context.Items[MarkKey] = now;
    }

    /// <summary>Adds <paramref name="elapsedTicks"/> (Stopwatch ticks) to <paramref name="stage"/>.</summary>
    public void Add(Stage stage, long elapsedTicks)
    {
        if (Enabled)
            Interlocked.Add(ref _ticks[(int)stage], elapsedTicks);
    }

    /// <summary>A listener that marks validation (before execution) and execution (after it); null when disabled.</summary>
    public IDocumentExecutionListener? ListenerFor(HttpContext context) => Enabled ? new Listener(this, context) : null;

    /// <summary>Ends the request: counts it, and logs and restarts the sums every <see cref="ReportEvery"/> requests.</summary>
    public void End(HttpContext context)
    {
        if (!Enabled || context.Items[StartKey] is not long start)
            return;
        var total = Stopwatch.GetTimestamp() - start;
        var requests = Interlocked.Increment(ref _requests);
        Interlocked.Add(ref _totalTicks, total);
        if (requests % ReportEvery != 0)
            return;

        var line = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{LinePrefix} (µs per request, mean of {ReportEvery}):");
        foreach (var stage in Enum.GetValues<Stage>())
            line.Append(CultureInfo.InvariantCulture, $" {stage}={Microseconds(Interlocked.Exchange(ref _ticks[(int)stage], 0)):0.0}");
        line.Append(CultureInfo.InvariantCulture, $" Total={Microseconds(Interlocked.Exchange(ref _totalTicks, 0)):0.0}");
#pragma warning disable CA1848, CA2254 // benchmark mode only: one line per 2,000 requests
        _logger.LogWarning(line.ToString());
#pragma warning restore CA1848, CA2254
    }

    private static double Microseconds(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency / ReportEvery;

    private sealed class Listener(GraphQLStageTimings timings, HttpContext context) : DocumentExecutionListenerBase
    {
        public override Task BeforeExecutionAsync(global::GraphQL.Execution.IExecutionContext context1)
        {
            timings.Mark(context, Stage.Validation);
            return Task.CompletedTask;
        }

        public override Task AfterExecutionAsync(global::GraphQL.Execution.IExecutionContext context1)
        {
            timings.Mark(context, Stage.Execution);
            return Task.CompletedTask;
        }
    }
}
