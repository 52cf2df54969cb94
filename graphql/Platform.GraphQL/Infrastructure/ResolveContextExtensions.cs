using Microsoft.Extensions.DependencyInjection;

namespace Platform.GraphQL.Infrastructure;

/// <summary>Shortcuts resolvers use to reach grains, the directory and the verified caller.</summary>
internal static class ResolveContextExtensions
{
    public static IGrainFactory Grains(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGrainFactory>();

    /// <summary>The directory of tenants: static facts, read in memory without a grain call.</summary>
    public static TenantDirectory Directory(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<TenantDirectory>();

    /// <summary>The verified caller, or null when the request carried no valid token.</summary>
    public static Caller? Caller(this IResolveFieldContext context) => CallerClaims.From(context.User);

    /// <summary>The verified caller; an <c>UNAUTHENTICATED</c> error when there is none.</summary>
    public static Caller RequireCaller(this IResolveFieldContext context) =>
        context.Caller() ?? throw new ApiException(ErrorCodes.Unauthenticated, "This operation needs a valid bearer token.");

    /// <summary>Today's date in Japan, by the platform's clock.</summary>
    public static DateOnly Today(this IResolveFieldContext context) =>
        JapanDate.Today(context.RequestServices?.GetService<PlatformClock>() ?? PlatformClock.Real);
}
