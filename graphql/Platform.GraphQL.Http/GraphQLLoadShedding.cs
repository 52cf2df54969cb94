namespace Platform.GraphQL.Http;

/// <summary>Applies <see cref="GraphQLConcurrencyGate"/> to a request of <c>/graphql</c>.</summary>
internal static class GraphQLLoadShedding
{
    /// <summary>
    /// A slot for the request, to dispose when it is answered; or null, after answering 503 with
    /// <c>Retry-After</c> and a GraphQL-shaped <c>UNAVAILABLE</c> error (retryable), when the silo
    /// is at its limit and the queue is full or the wait ran out.
    /// </summary>
    public static async ValueTask<IDisposable?> EnterAsync(HttpContext context, GraphQLConcurrencyGate gate, GraphQLResponseWriter writer, ILogger logger)
    {
        var slot = await gate.EnterAsync(context.RequestAborted);
        if (slot is not null)
            return slot;

        GraphQLHttpLog.Shed(logger);
        UnavailableResponse.SetRetryAfter(context.Response);
        await writer.WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable, ErrorCodes.Unavailable,
            "This server is at capacity (GraphQL:Concurrency); nothing was run. Retry shortly.",
            GraphQLMediaTypes.Negotiate(context.Request) ?? GraphQLMediaTypes.Json);
        return null;
    }
}
