namespace Platform.GraphQL.Directory;

/// <summary>GraphQL type <c>Viewer</c>: who the token says the caller is.</summary>
public sealed class ViewerType : ObjectGraphType<Caller>
{
    public ViewerType()
    {
        Name = "Viewer";
        Field(x => x.Subject).Description("The caller's subject id, from the token.");
        Field(x => x.TenantCode).Description("An LG code, or \"nation\".");
        Field<NonNullGraphType<StringGraphType>, string>("tenantName").Description("The tenant's name: the municipality's or prefecture's, or the nation.").ResolveAsync(async ctx =>
        {
            if (ctx.Source.TenantCode == Roles.NationTenant)
            {
                return "厚生労働省";
            }

            var directory = ctx.Directory();
            return directory.Municipality(ctx.Source.TenantCode)?.Name
                ?? directory.PrefectureByLgCode(ctx.Source.TenantCode)?.Name
                ?? ctx.Source.TenantCode;
        });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Description("The caller's roles in its tenant.").Resolve(ctx => ctx.Source.Roles);
    }
}
