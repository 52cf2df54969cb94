using Platform.GraphQL.Http;

namespace Platform.Silo.Telemetry;

/// <summary>
/// The silo's part of <see cref="GraphQLStageTimings"/> (benchmark mode, <c>GraphQL:StageTimings</c>):
/// the clock starts before authentication, and outgoing grain calls are timed. Nothing is added
/// to the pipeline or the silo when the timings are off.
/// </summary>
public static class StageTimingHosting
{
    /// <summary>Starts the clock of each <c>/graphql</c> request; call before authentication.</summary>
    public static WebApplication UseGraphQLStageClock(this WebApplication app)
    {
        var timings = app.Services.GetRequiredService<GraphQLStageTimings>();
        if (timings.Enabled)
        {
            app.Use((context, next) =>
            {
                if (context.Request.Path == "/graphql")
                    timings.Begin(context);
                return next(context);
            });
        }

        return app;
    }

    /// <summary>Adds the time since the previous mark to <paramref name="stage"/>.</summary>
    public static WebApplication UseGraphQLStageMark(this WebApplication app, GraphQLStageTimings.Stage stage)
    {
        var timings = app.Services.GetRequiredService<GraphQLStageTimings>();
        if (timings.Enabled)
        {
            app.Use((context, next) =>
            {
                timings.Mark(context, stage);
                return next(context);
            });
        }

        return app;
    }

    /// <summary>Times every grain call made outside a grain (by a request) when the timings are on.</summary>
    public static ISiloBuilder AddGraphQLStageTimings(this ISiloBuilder silo, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>($"{GraphQLHttpOptions.SectionName}:{nameof(GraphQLHttpOptions.StageTimings)}"))
            silo.AddOutgoingGrainCallFilter<GrainCallTiming>();
        return silo;
    }

    private sealed class GrainCallTiming(GraphQLStageTimings timings) : IOutgoingGrainCallFilter
    {
        public async Task Invoke(IOutgoingGrainCallContext context)
        {
            // Only the calls of requests, not those grains make (roll-ups, timers).
            if (context.SourceContext is not null)
            {
                await context.Invoke();
                return;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                await context.Invoke();
            }
            finally
            {
                timings.Add(GraphQLStageTimings.Stage.GrainCalls, Stopwatch.GetTimestamp() - started);
            }
        }
    }
}
