namespace Platform.GraphQL.Infrastructure;

/// <summary>How resolvers call grains: the silo's (or a grain's) refusal reaches the client as <c>FORBIDDEN</c>.</summary>
internal static class GrainCalls
{
    /// <summary>Runs <paramref name="call"/>; an <see cref="AccessDeniedException"/> becomes <c>FORBIDDEN</c> with its (safe) message.</summary>
    public static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (AccessDeniedException denied)
        {
            throw new ApiException(ErrorCodes.Forbidden, denied.Message);
        }
    }
}
