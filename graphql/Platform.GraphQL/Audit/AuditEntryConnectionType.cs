using Platform.Tenants.Audit;

namespace Platform.GraphQL.Audit;

/// <summary>
/// GraphQL type <c>AuditEntryConnection</c>: a Relay connection whose <c>totalCount</c> is always
/// null, because the log is read page by page and never counted (it grows while it is read).
/// </summary>
public sealed class AuditEntryConnectionType : ObjectGraphType<Connection<AuditEntry>>
{
    public AuditEntryConnectionType()
    {
        Name = "AuditEntryConnection";
        Description = "A page of the audit log (監査ログ), oldest first (a Relay connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryEdgeType>>>>("edges").Description(ConnectionDescriptions.Edges).Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>>("nodes").Description(ConnectionDescriptions.Nodes).Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description(ConnectionDescriptions.PageInfo).Resolve(ctx => ctx.Source.PageInfo);
        Field<IntGraphType>("totalCount").Description("The entries of the tenant's chain (its last sequence).").Resolve(ctx => ctx.Source.TotalCount);
    }
}

/// <summary>GraphQL type <c>AuditEntryEdge</c>.</summary>
public sealed class AuditEntryEdgeType() : EdgeType<AuditEntryType, AuditEntry>("AuditEntryEdge");
