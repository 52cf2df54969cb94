using Platform.Tenants.Audit;

namespace Platform.GraphQL.Audit;

/// <summary>GraphQL enum <c>AuditOutcome</c>: <c>ALLOWED DENIED FAILED</c>.</summary>
public sealed class AuditOutcomeEnumType : EnumerationGraphType<AuditOutcome>
{
    public AuditOutcomeEnumType()
    {
        Name = "AuditOutcome";
        Description = "What became of an attempt recorded in the audit log (監査ログ).";
    }
}
