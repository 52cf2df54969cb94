namespace Platform.GraphQL.Http;

/// <summary>The log events of the GraphQL endpoint (source-generated, so disabled levels cost nothing).</summary>
internal static partial class GraphQLHttpLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error,
        Message = "GraphQL resolver failed at {Path} (operation {OperationName}); the caller saw INTERNAL")]
    public static partial void ResolverFailed(ILogger logger, Exception exception, string path, string operationName);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error,
        Message = "GraphQL error without a stable code at {Path} (operation {OperationName}); the caller saw INTERNAL. Throw ApiException for errors meant for the caller")]
    public static partial void UncodedError(ILogger logger, Exception exception, string path, string operationName);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "GraphQL operation {OperationName} did not finish within {Timeout}; it was cancelled and the caller saw QUERY_TOO_COMPLEX")]
    public static partial void ExecutionTimedOut(ILogger logger, string operationName, TimeSpan timeout);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information,
        Message = "GraphQL request from {Caller} was rate limited; retry after {RetryAfter}")]
    public static partial void RateLimited(ILogger logger, string caller, TimeSpan retryAfter);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning,
        Message = "GraphQL field {Path} (operation {OperationName}) failed transiently ({Failure}); the caller saw UNAVAILABLE")]
    public static partial void TransientFault(ILogger logger, string failure, string path, string operationName);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning,
        Message = "GraphQL request refused: this silo is at its concurrency limit and the queue is full or its wait ran out (GraphQL:Concurrency)")]
    public static partial void Shed(ILogger logger);
}
