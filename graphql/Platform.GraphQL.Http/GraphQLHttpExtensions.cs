using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Platform.GraphQL.Http;

/// <summary>Registers and maps the GraphQL-over-HTTP endpoint, the schema's SDL and the GraphQL console.</summary>
public static class GraphQLHttpExtensions
{
    /// <summary>
    /// Adds the services of the endpoint, with <see cref="GraphQLHttpOptions"/> bound from the
    /// <c>GraphQL</c> section of <paramref name="configuration"/> and the limits from its
    /// <c>Limits</c>, <c>RateLimit</c> and <c>PersistedDocuments</c> subsections. The schema
    /// (<see cref="ISchema"/>) and <see cref="IDocumentExecuter"/> are registered separately,
    /// with GraphQL.NET's <c>AddGraphQL</c>.
    /// </summary>
    public static IServiceCollection AddPlatformGraphQLHttp(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<GraphQLHttpOptions>()
            .Bind(configuration.GetSection(GraphQLHttpOptions.SectionName))
            // Exploring the schema is for developers: unless configured, only their environment allows it.
            .PostConfigure<IHostEnvironment>((options, environment) => options.EnableIntrospection ??= environment.IsDevelopment())
            .Validate(options => options.MaxRequestBytes > 0, "GraphQL:MaxRequestBytes must be positive.")
            .Validate(options => options.DocumentCacheSize >= 0, "GraphQL:DocumentCacheSize must not be negative.")
            .Validate(options => options.MaxCachedQueryLength >= 0, "GraphQL:MaxCachedQueryLength must not be negative.")
            .Validate(options => options.PublicCacheMaxAgeSeconds >= 0, "GraphQL:PublicCacheMaxAgeSeconds must not be negative.")
            .ValidateOnStart();
        services.AddOptions<GraphQLLimitsOptions>()
            .Bind(configuration.GetSection(GraphQLLimitsOptions.SectionName))
            .Validate(limits => limits.MaxDepth > 0 && limits.MaxComplexity > 0 && limits.DefaultPageSize > 0
                && limits.MaxAliases >= 0 && limits.MaxOperations > 0 && limits.MaxSelections > 0 && limits.MaxIds > 0,
                "GraphQL:Limits: MaxDepth, MaxComplexity, DefaultPageSize, MaxOperations, MaxSelections and MaxIds must be positive, MaxAliases not negative.")
            .Validate(limits => limits.ExecutionTimeout > TimeSpan.Zero, "GraphQL:Limits:ExecutionTimeout must be positive.")
            .ValidateOnStart();
        services.AddOptions<GraphQLRateLimitOptions>()
            .Bind(configuration.GetSection(GraphQLRateLimitOptions.SectionName))
            .Validate(rate => !rate.Enabled || (rate.PermitsPerMinute > 0 && rate.Burst > 0),
                "GraphQL:RateLimit:PermitsPerMinute and Burst must be positive.")
            .ValidateOnStart();
        services.AddOptions<PersistedDocumentOptions>()
            .Bind(configuration.GetSection(PersistedDocumentOptions.SectionName))
            .Validate(persisted => !persisted.Only || !string.IsNullOrWhiteSpace(persisted.Path) || !string.IsNullOrWhiteSpace(persisted.AppManifest),
                "GraphQL:PersistedDocuments:Only needs GraphQL:PersistedDocuments:Path or AppManifest.")
            .Validate(persisted => persisted.AutomaticCacheSize >= 0, "GraphQL:PersistedDocuments:AutomaticCacheSize must not be negative.")
            .ValidateOnStart();
        GraphQLCorsOptions.AddTo(services, configuration);

        services.AddOptions<GraphQLConcurrencyOptions>()
            .Bind(configuration.GetSection(GraphQLConcurrencyOptions.SectionName))
            .Validate(c => c.Limit >= 0 && c.QueueLimit >= 0 && c.QueueTimeout >= TimeSpan.Zero && c.SaturatedAfter >= TimeSpan.Zero,
                "GraphQL:Concurrency: Limit, QueueLimit, QueueTimeout and SaturatedAfter must not be negative.")
            .ValidateOnStart();

        services.AddPlatformForwardedHeaders(configuration);

        // The endpoint writes errors with its own provider; this keeps GraphQL.NET's serializer in DI
        // (for anything else that writes results) from ever exposing exception details either.
        services.PostConfigure<ErrorInfoProviderOptions>(options => options.ExposeExceptionDetails = false);
        services.TryAddSingleton<GraphQLDocumentCache>();
        services.TryAddSingleton<PersistedDocumentStore>();
        services.TryAddSingleton<AutomaticPersistedQueries>();
        services.TryAddSingleton<RequestDocuments>();
        services.TryAddSingleton<DocumentLimits>();
        services.TryAddSingleton<QueryCostRule>();
        services.TryAddSingleton<IdLimitRule>();
        services.TryAddSingleton<ValidationRuleSets>();
        services.TryAddSingleton<CallerRateLimiter>();
        services.TryAddSingleton(provider => new GraphQLConcurrencyGate(provider.GetRequiredService<IOptions<GraphQLConcurrencyOptions>>()));
        services.TryAddSingleton<GraphQLResponseWriter>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        services.TryAddSingleton<GraphQLStageTimings>();
        services.TryAddSingleton<GraphQLStreamHandler>();
        services.TryAddSingleton<IRequestAdmission, CallerRateLimitAdmission>();
        return services;
    }

    /// <summary>
    /// Maps <c>/graphql</c> (GET and POST), <c>GET /graphql/schema.graphql</c> (the schema as SDL),
    /// <c>GET /graphql/ui</c> (GraphiQL, from <see cref="GraphQLHttpOptions.ConsoleRoot"/>) and redirects <c>GET /</c> to the console.
    /// <c>/graphql</c> answers cross-origin callers as <see cref="GraphQLCorsOptions"/> allows
    /// (with <see cref="GraphQLCorsExtensions.UsePlatformCors"/> in the pipeline).
    /// The SDL, the console (and its files) and the redirect answer 404 unless
    /// <see cref="GraphQLHttpOptions.EnableIntrospection"/> is on; all but the console's files are rate limited.
    /// </summary>
    public static IEndpointRouteBuilder MapPlatformGraphQL(this IEndpointRouteBuilder endpoints)
    {
        // Created now, so that a bad setting or persisted-document file stops the start rather than
        // failing the first request. Every method reaches it so that PUT or DELETE get a GraphQL-shaped 405.
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        // The same for the schema; it also spares the first caller the schema's initialization.
        endpoints.ServiceProvider.GetRequiredService<ISchema>().Initialize();
        endpoints.Map("/graphql", handler.HandleAsync).WithDisplayName("GraphQL").RequireCors(GraphQLCorsOptions.PolicyName);
        endpoints.Map("/graphql/stream", endpoints.ServiceProvider.GetRequiredService<GraphQLStreamHandler>().HandleAsync).WithDisplayName("GraphQL over Server-Sent Events").RequireCors(GraphQLCorsOptions.PolicyName);
        endpoints.MapGet("/graphql/schema.graphql", WhenExplorable(WriteSchemaAsync)).WithDisplayName("GraphQL schema (SDL)");
        endpoints.MapGet("/graphql/ui", WhenExplorable(GraphQLConsole.WritePageAsync)).WithDisplayName("GraphQL console");
        // The page's scripts, styles, fonts and Monaco's workers: one page load asks for a dozen, so
        // they are not rate limited (they are files, not queries).
        endpoints.MapGet($"/graphql/ui/assets/{{{GraphQLConsole.AssetRouteValue}}}", WhenExplorable(GraphQLConsole.WriteAssetAsync, rateLimited: false))
            .WithDisplayName("GraphQL console files");
        endpoints.MapGet("/", WhenExplorable(RedirectToConsole)).WithDisplayName("Redirect to the GraphQL console");
        return endpoints;
    }

    private static RequestDelegate WhenExplorable(RequestDelegate next, bool rateLimited = true) => async context =>
    {
        var services = context.RequestServices;
        if (services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.EnableIntrospection != true)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var admitted = !rateLimited || await GraphQLRateLimiting.AdmitAsync(context, services.GetRequiredService<CallerRateLimiter>(),
            services.GetRequiredService<GraphQLResponseWriter>(), services.GetRequiredService<ILogger<GraphQLHttpHandler>>());
        if (admitted)
            await next(context);
    };

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
