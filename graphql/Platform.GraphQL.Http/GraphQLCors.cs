using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Platform.GraphQL.Http;

/// <summary>
/// Cross-origin access to <c>/graphql</c> for browser apps, bound from <c>GraphQL:Cors</c>: only
/// the origins listed may call it (none by default), with the <c>Authorization</c> and
/// <c>Content-Type</c> request headers, and may read the rate limit and cache headers.
/// </summary>
public sealed class GraphQLCorsOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:Cors";

    /// <summary>The name of the CORS policy <c>/graphql</c> requires.</summary>
    public const string PolicyName = "GraphQL";

    /// <summary>
    /// The origins allowed to call <c>/graphql</c> from a browser, exactly as browsers send them
    /// (<c>https://app.example.jp</c>: scheme, host and port, no path). Empty: no cross-origin calls.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>The response headers a cross-origin caller may read.</summary>
    public static IReadOnlyList<string> ExposedHeaders { get; } =
        ["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After", "ETag"];

    internal static void AddTo(IServiceCollection services, IConfiguration configuration)
    {
        var origins = new GraphQLCorsOptions();
        configuration.GetSection(SectionName).Bind(origins);
        services.AddCors(cors => cors.AddPolicy(PolicyName, policy =>
        {
            policy.WithOrigins([.. origins.AllowedOrigins.Where(origin => !string.IsNullOrWhiteSpace(origin)).Select(origin => origin.Trim().TrimEnd('/'))])
                .WithMethods("GET", "POST")
                .WithHeaders("Authorization", "Content-Type")
                .WithExposedHeaders([.. ExposedHeaders])
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        }));
    }
}

/// <summary>Adds the CORS middleware the GraphQL endpoints rely on.</summary>
public static class GraphQLCorsExtensions
{
    /// <summary>
    /// Answers CORS preflights and adds CORS headers for the endpoints that require
    /// <see cref="GraphQLCorsOptions.PolicyName"/>. Place it before authentication, so that a
    /// refused token still reaches a browser app as a readable 401.
    /// </summary>
    public static IApplicationBuilder UsePlatformCors(this IApplicationBuilder app) => app.UseCors();
}
