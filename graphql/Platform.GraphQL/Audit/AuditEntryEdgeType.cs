using Platform.GraphQL.Relay;
using Platform.Tenants.Audit;

namespace Platform.GraphQL.Audit;

/// <summary>GraphQL type <c>AuditEntryEdge</c>.</summary>
public sealed class AuditEntryEdgeType() : EdgeType<AuditEntryType, AuditEntry>("AuditEntryEdge");
