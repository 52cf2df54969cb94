using GraphQL.Validation;
using GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Authorization;
using Platform.GraphQL.Http;
using Platform.GraphQL.Infrastructure;
using Platform.GraphQL.InputChecks;
using Platform.GraphQL.Schema;

namespace Platform.GraphQL;

/// <summary>Registers the GraphQL schema, its types and the HTTP endpoint's services.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Adds the schema (graph types from this assembly), the catalog cache and the endpoint.</summary>
    public static IServiceCollection AddPlatformGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        // Enum values take their descriptions from the contracts' doc comments (one home, with the Japanese term).
        GlobalSwitches.EnableReadDescriptionFromXmlDocumentation = true;
        services.AddSingleton<DirectoryCatalogCache>();
        // Refusals in the resolvers, in the authorization rule and in the silo's call filter all count here.
        services.TryAddSingleton<DeniedAccessAudit>();
        services.AddSingleton<IValidationRule, AuthorizationValidationRule>();
        services.AddSingleton<IValidationRule, InputChecks.InputValueRule>();
        services.AddGraphQL(b => b
            .AddSchema<PlatformSchema>()
            .UseMiddleware<InputChecks.InputProblemMiddleware>()
            .AddGraphTypes(typeof(PlatformSchema).Assembly)
            .AddSystemTextJson());
        services.AddPlatformGraphQLHttp(configuration);
        return services;
    }
}
