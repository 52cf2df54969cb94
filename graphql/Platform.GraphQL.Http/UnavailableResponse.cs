namespace Platform.GraphQL.Http;

/// <summary>
/// A request that failed as a whole for a transient reason is answered 503 with
/// <c>Retry-After</c>, whatever the media type: load balancers and clients retry on the status,
/// and no field of the answer holds anything worth keeping.
/// </summary>
internal static class UnavailableResponse
{
    /// <summary>
    /// True when <paramref name="result"/> has errors, all of them <see cref="ErrorCodes.Unavailable"/>,
    /// and no root field produced a value.
    /// </summary>
    public static bool Applies(ExecutionResult result) =>
        result.Errors is { Count: > 0 } errors
        && errors.All(error => GraphQLErrorInfoProvider.Classify(error).Code == ErrorCodes.Unavailable)
        && result.Data switch
        {
            null => true,
            ObjectExecutionNode { SubFields: { } fields } => fields.All(field => field.ToValue() is null),
            _ => false,
        };

    /// <summary>Sets the <c>Retry-After</c> header of a 503.</summary>
    public static void SetRetryAfter(HttpResponse response, int seconds = TransientFaults.RetryAfterSeconds) =>
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
}
