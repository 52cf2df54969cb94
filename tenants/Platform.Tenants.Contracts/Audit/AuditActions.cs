namespace Platform.Tenants.Audit;

/// <summary>
/// The <see cref="AuditRecord.Action"/> names in use. Stored in the log and hashed, so a name
/// is never changed once written; add new ones instead.
/// </summary>
public static class AuditActions
{
    /// <summary>A case file (or part of it) was read.</summary>
    public const string CaseRead = "case.read";

    /// <summary>A case file was changed.</summary>
    public const string CaseUpdate = "case.update";

    /// <summary>A program was designated for a fiscal year.</summary>
    public const string ProgramDesignate = "program.designate";

    /// <summary>An attempt refused before the action was known (e.g. by the grain call filter).</summary>
    public const string AccessDenied = "access.denied";

    /// <summary>The audit log itself was read.</summary>
    public const string AuditRead = "audit.read";
}
