using GraphQL.Types;
using Platform.GraphQL.Relay;
using Platform.Tenants.Audit;

namespace Platform.GraphQL.Audit;

/// <summary>
/// GraphQL type <c>AuditEntryConnection</c>: a Relay connection whose <c>totalCount</c> is always
/// null, because the log is read page by page and never counted (it grows while it is read).
/// </summary>
public sealed class AuditEntryConnectionType : ObjectGraphType<Connection<AuditEntry>>
{
    /// <summary>Defines the fields.</summary>
    public AuditEntryConnectionType()
    {
        Name = "AuditEntryConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryEdgeType>>>>("edges").Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>>("nodes").Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(ctx => ctx.Source.PageInfo);
        Field<IntGraphType>("totalCount").Description("The entries of the tenant's chain (its last sequence).").Resolve(ctx => ctx.Source.TotalCount);
    }
}
