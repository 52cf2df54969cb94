using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.GraphQL.Http;

/// <summary>Registers and maps the GraphQL-over-HTTP endpoint, the schema's SDL and the GraphQL console.</summary>
public static class GraphQLHttpExtensions
{
    /// <summary>
    /// Adds the services of the endpoint, with <see cref="GraphQLHttpOptions"/> bound from the
    /// <c>GraphQL</c> section of <paramref name="configuration"/>. The schema
    /// (<see cref="ISchema"/>) and <see cref="IDocumentExecuter"/> are registered separately,
    /// with GraphQL.NET's <c>AddGraphQL</c>.
    /// </summary>
    public static IServiceCollection AddPlatformGraphQLHttp(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<GraphQLHttpOptions>()
            .Bind(configuration.GetSection(GraphQLHttpOptions.SectionName))
            .Validate(options => options.MaxRequestBytes > 0, "GraphQL:MaxRequestBytes must be positive.")
            .Validate(options => options.DocumentCacheSize >= 0, "GraphQL:DocumentCacheSize must not be negative.")
            .Validate(options => options.MaxCachedQueryLength >= 0, "GraphQL:MaxCachedQueryLength must not be negative.")
            .ValidateOnStart();
        // The endpoint writes errors with its own provider; this keeps GraphQL.NET's serializer in DI
        // (for anything else that writes results) from ever exposing exception details either.
        services.PostConfigure<ErrorInfoProviderOptions>(options => options.ExposeExceptionDetails = false);
        services.TryAddSingleton<GraphQLDocumentCache>();
        services.TryAddSingleton<GraphQLResponseWriter>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        return services;
    }

    /// <summary>
    /// Maps <c>/graphql</c> (GET and POST), <c>GET /graphql/schema.graphql</c> (the schema as SDL),
    /// <c>GET /graphql/ui</c> (a console for people) and redirects <c>GET /</c> to the console.
    /// </summary>
    public static IEndpointRouteBuilder MapPlatformGraphQL(this IEndpointRouteBuilder endpoints)
    {
        // Every method reaches the handler so that PUT or DELETE get a GraphQL-shaped 405.
        endpoints.Map("/graphql", HandleGraphQL).WithDisplayName("GraphQL");
        endpoints.MapGet("/graphql/schema.graphql", WriteSchemaAsync).WithDisplayName("GraphQL schema (SDL)");
        endpoints.MapGet("/graphql/ui", GraphQLConsolePage.WriteAsync).WithDisplayName("GraphQL console");
        endpoints.MapGet("/", RedirectToConsole).WithDisplayName("Redirect to the GraphQL console");
        return endpoints;
    }

    private static Task HandleGraphQL(HttpContext context) =>
        context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context);

    private static Task WriteSchemaAsync(HttpContext context)
    {
        var schema = context.RequestServices.GetRequiredService<ISchema>();
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(schema.Print(), context.RequestAborted);
    }

    private static Task RedirectToConsole(HttpContext context)
    {
        context.Response.Redirect(context.Request.PathBase + "/graphql/ui");
        return Task.CompletedTask;
    }
}
