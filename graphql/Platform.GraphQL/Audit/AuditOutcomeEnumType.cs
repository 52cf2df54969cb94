using GraphQL.Types;
using Platform.Tenants.Audit;

namespace Platform.GraphQL.Audit;

/// <summary>GraphQL enum <c>AuditOutcome</c>: <c>ALLOWED DENIED FAILED</c>.</summary>
public sealed class AuditOutcomeEnumType : EnumerationGraphType<AuditOutcome>
{
    /// <summary>Names the type.</summary>
    public AuditOutcomeEnumType()
    {
        Name = "AuditOutcome";
    }
}
