using System.Text;
using Microsoft.Net.Http.Headers;

namespace Platform.GraphQL.Http;

/// <summary>
/// Serves <c>POST /graphql/stream</c>: GraphQL over Server-Sent Events, "distinct connections
/// mode" of the graphql-sse protocol. One request is one operation: each result is an
/// <c>event: next</c>, and <c>event: complete</c> ends the stream. The token, rate limit,
/// document limits and validation (authorization included) are those of <c>/graphql</c>; the
/// stream ends when the token expires or the client goes away.
/// </summary>
internal sealed class GraphQLStreamHandler(
    RequestDocuments documents,
    DocumentLimits documentLimits,
    ValidationRuleSets validationRules,
    CallerRateLimiter rateLimiter,
    GraphQLResponseWriter responseWriter,
    ISchema schema,
    IDocumentExecuter executer,
    IOptions<GraphQLHttpOptions> options,
    ILogger<GraphQLStreamHandler> logger)
{
    /// <summary>The media type of the event stream.</summary>
    public const string EventStream = "text/event-stream";

    /// <summary>Answers one request to <c>/graphql/stream</c>.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            if (await GraphQLRateLimiting.AdmitAsync(context, rateLimiter, responseWriter, logger))
                await HandleCoreAsync(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client closed the stream.
        }
    }

    private async Task HandleCoreAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "POST";
            await responseWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, Errors.ErrorCodes.BadUserInput, "The event stream is opened with POST.");
            return;
        }

        if (!AcceptsEventStream(request))
        {
            await responseWriter.WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, Errors.ErrorCodes.BadUserInput, $"Accept {EventStream}.");
            return;
        }

        var (graphQLRequest, rejection) = await GraphQLRequestReader.ReadPostAsync(request, options.Value.MaxRequestBytes, context.RequestAborted);
        if (rejection is { } rejected)
        {
            await responseWriter.WriteErrorAsync(context, rejected.StatusCode, Errors.ErrorCodes.BadUserInput, rejected.Message);
            return;
        }

        var (document, refused, error) = documents.Find(graphQLRequest!);
        if (refused is { } refusal)
        {
            await responseWriter.WriteErrorAsync(context, refusal.StatusCode, Errors.ErrorCodes.BadUserInput, refusal.Message);
            return;
        }

        error ??= documentLimits.Check(document!.Shape);
        if (error is not null)
        {
            await responseWriter.WriteAsync(context, new ExecutionResult { Errors = [error] }, StatusCodes.Status400BadRequest, GraphQLMediaTypes.Json);
            return;
        }

        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        if (TokenExpiry(context) is { } expiry)
        {
            lifetime.CancelAfter(expiry);
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = graphQLRequest!.Query,
            Document = document!.Document,
            OperationName = graphQLRequest.OperationName,
            Variables = graphQLRequest.Variables,
            Extensions = graphQLRequest.Extensions,
            User = context.User,
            RequestServices = context.RequestServices,
            UserContext = new GraphQLUserContext(context.User),
            CancellationToken = lifetime.Token,
            ValidationRules = validationRules.For(document, schema),
            ThrowOnUnhandledException = false,
        });

        // Refused before any stream began (validation, authorization, the resolver's checks): a
        // plain GraphQL response, as the protocol allows.
        if (!result.Executed || result.Errors is { Count: > 0 } && result.Streams is not { Count: > 0 })
        {
            await responseWriter.WriteAsync(context, result, result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, GraphQLMediaTypes.Json);
            return;
        }

        if (result.Streams is not { Count: > 0 } streams)
        {
            await StartEventStreamAsync(context);
            await WriteEventAsync(context, "next", responseWriter.Serialize(result));
        }
        else
        {
            await PumpAsync(context, streams.Values.First(), lifetime.Token);
        }

        if (!context.RequestAborted.IsCancellationRequested)
        {
            await WriteEventAsync(context, "complete", "");
        }
    }

    // Sends the headers: the client takes the stream as open from here.
    private static async Task StartEventStreamAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = EventStream + "; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    // Results arrive on grain-observer threads; one writer task sends them in order. The queue
    // subscribes before the headers go out, so whatever happens once the client sees the stream
    // open reaches it.
    private async Task PumpAsync(HttpContext context, IObservable<ExecutionResult> stream, CancellationToken lifetime)
    {
        var queue = System.Threading.Channels.Channel.CreateBounded<ExecutionResult>(new System.Threading.Channels.BoundedChannelOptions(256)
        {
            FullMode = System.Threading.Channels.BoundedChannelFullMode.DropOldest,
        });
        using var subscription = stream.Subscribe(new QueueObserver(queue.Writer));
        await StartEventStreamAsync(context);
        try
        {
            await foreach (var next in queue.Reader.ReadAllAsync(lifetime))
            {
                await WriteEventAsync(context, "next", responseWriter.Serialize(next));
            }
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            // The token expired or the client left: the stream ends.
        }
    }

    private static async Task WriteEventAsync(HttpContext context, string name, string data)
    {
        var text = new StringBuilder().Append("event: ").Append(name).Append('\n');
        foreach (var line in data.Split('\n'))
        {
            text.Append("data: ").Append(line).Append('\n');
        }

        await context.Response.WriteAsync(text.Append('\n').ToString(), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private static bool AcceptsEventStream(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(a => a.MediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);

    // A stream lives no longer than the token that opened it.
    private static TimeSpan? TokenExpiry(HttpContext context) =>
        long.TryParse(context.User.FindFirst("exp")?.Value, out var exp)
            ? TimeSpan.FromSeconds(Math.Max(0, exp - DateTimeOffset.UtcNow.ToUnixTimeSeconds()))
            : null;

    private sealed class QueueObserver(System.Threading.Channels.ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => writer.TryWrite(value);

        public void OnError(Exception error) => writer.TryComplete();

        public void OnCompleted() => writer.TryComplete();
    }
}
