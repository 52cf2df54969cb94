using System.Collections.Immutable;
using System.Security.Claims;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Errors;
using Platform.Tenants.Common;
using Platform.Tenants.Directory;

namespace Platform.GraphQL.Infrastructure;

/// <summary>Shortcuts resolvers use to reach grains, the catalog and the verified caller.</summary>
internal static class ResolveContextExtensions
{
    public static IGrainFactory Grains(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGrainFactory>();

    public static ValueTask<CatalogIndex> CatalogAsync(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<DirectoryCatalogCache>().GetAsync();

    /// <summary>The verified caller, or null when the request carried no valid token.</summary>
    public static Caller? Caller(this IResolveFieldContext context) => CallerFrom(context.User);

    /// <summary>The verified caller; an <c>UNAUTHENTICATED</c> error when there is none.</summary>
    public static Caller RequireCaller(this IResolveFieldContext context) =>
        context.Caller() ?? throw new ApiException(ErrorCodes.Unauthenticated, "This operation needs a valid bearer token.");

    /// <summary>Builds the caller from a validated principal: <c>sub</c>, <c>lg_code</c> and <c>roles</c>.</summary>
    public static Caller? CallerFrom(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var subject = user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var tenant = user.FindFirst("lg_code")?.Value;
        if (string.IsNullOrEmpty(subject) || string.IsNullOrEmpty(tenant))
        {
            return null;
        }

        var roles = user.FindAll("roles").Concat(user.FindAll(ClaimTypes.Role)).Select(c => c.Value).Distinct(StringComparer.Ordinal);
        return new Caller(subject, tenant, [.. roles]);
    }
}
