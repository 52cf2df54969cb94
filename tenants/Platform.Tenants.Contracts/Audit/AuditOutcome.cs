namespace Platform.Tenants.Audit;

/// <summary>What became of the attempt an <see cref="AuditRecord"/> describes.</summary>
/// <remarks>Stored by name (<c>Allowed</c>, ...), so values may be added but never renamed.</remarks>
public enum AuditOutcome
{
    /// <summary>The caller was allowed and the action was carried out.</summary>
    Allowed,

    /// <summary>The caller was refused; nothing was read or changed.</summary>
    Denied,

    /// <summary>The caller was allowed but the action failed (validation, conflict, fault).</summary>
    Failed,
}
