using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Authorization;
using Platform.GraphQL.InputChecks;

namespace Platform.GraphQL;

/// <summary>Registers the GraphQL schema and its types; the HTTP endpoint is <c>AddPlatformGraphQLHttp</c> of Platform.GraphQL.Http.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Adds the schema (graph types from this assembly), its validation rules and the directory.</summary>
    public static IServiceCollection AddPlatformGraphQL(this IServiceCollection services)
    {
        // Enum values take their descriptions from the contracts' doc comments (one home, with the Japanese term).
        GlobalSwitches.EnableReadDescriptionFromXmlDocumentation = true;
        services.TryAddSingleton(_ => TenantDirectory.Instance);
        // Refusals in the resolvers, in the authorization rule and in the silo's call filter all count here.
        services.TryAddSingleton<DeniedAccessAudit>();
        services.AddSingleton<IValidationRule, AuthorizationValidationRule>();
        services.AddSingleton<IValidationRule, InputChecks.InputValueRule>();
        services.AddGraphQL(b => b
            .AddSchema<PlatformSchema>()
            .UseMiddleware<InputChecks.InputProblemMiddleware>()
            .AddGraphTypes(typeof(PlatformSchema).Assembly)
            .AddSystemTextJson());
        return services;
    }
}
