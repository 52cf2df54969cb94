namespace Platform.GraphQL.Activities;

/// <summary>
/// How resolvers reach a tenant's activity book. Writes go to the verified caller's own tenant.
/// Who writes and who reads the records (activities, function delivery, unsuppressed statistics)
/// is the <c>[Access]</c> rule of the book's method (the tenant's own staff and, for a
/// municipality, its prefecture's), applied here by <see cref="GrainGate"/> and again by the
/// silo's call filter.
/// </summary>
internal static class ActivityAccess
{
    /// <summary>
    /// The activity book of the verified caller's tenant, the only one the caller writes to, once
    /// the caller passes the rule of its <paramref name="method"/>; <c>FORBIDDEN</c> otherwise (a
    /// tenant that keeps no activities, such as the nation, too).
    /// </summary>
    public static Task<IActivityBookGrain> BookAsync(IResolveFieldContext ctx, string method) =>
        ReaderBookAsync(ctx, ctx.RequireCaller().TenantCode, method);

    /// <summary>
    /// The activity book of <paramref name="tenantCode"/>, once the caller passes the rule of its
    /// <paramref name="method"/>; <c>UNAUTHENTICATED</c> or <c>FORBIDDEN</c> otherwise.
    /// </summary>
    public static Task<IActivityBookGrain> ReaderBookAsync(IResolveFieldContext ctx, string tenantCode, string method)
    {
        ctx.RequireCaller();
        return GrainGate.OpenAsync<IActivityBookGrain>(ctx, tenantCode, method, NodeType);
    }

    /// <summary>The object type a refused read of a book is traced as.</summary>
    public const string NodeType = "ActivityBook";

    /// <summary>The fiscal-year month (1–12) argument, checked.</summary>
    public static int? Month(int? month) => month is null or (>= 1 and <= 12)
        ? month
        : throw new ApiException(ErrorCodes.BadUserInput, $"month must be between 1 and 12; got {month}.");
}
