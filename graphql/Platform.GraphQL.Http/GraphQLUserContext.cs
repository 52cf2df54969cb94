using System.Security.Claims;

namespace Platform.GraphQL.Http;

/// <summary>
/// The <see cref="global::GraphQL.ExecutionOptions.UserContext"/> of a request to <c>/graphql</c>:
/// a bag resolvers and validation rules may share, plus the verified caller.
/// </summary>
public sealed class GraphQLUserContext : Dictionary<string, object?>
{
    /// <summary>Creates the context of one request for the given caller.</summary>
    public GraphQLUserContext(ClaimsPrincipal user)
    {
        User = user;
    }

    /// <summary>The caller as authenticated by ASP.NET Core (anonymous when no token was sent).</summary>
    public ClaimsPrincipal User { get; }
}
