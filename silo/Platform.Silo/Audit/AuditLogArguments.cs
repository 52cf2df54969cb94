namespace Platform.Silo.Audit;

/// <summary>Argument checks shared by the audit log implementations, so both refuse alike.</summary>
internal static class AuditLogArguments
{
    /// <summary>Checks the arguments of <see cref="IAuditLog.ReadAsync"/>.</summary>
    public static void CheckRead(string tenantCode, long? afterSequence, int first)
    {
        AuditRecordRules.RequireTenantCode(tenantCode, nameof(tenantCode));
        if (afterSequence < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(afterSequence), afterSequence, "The cursor is a sequence, 0 or more.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first, AuditPage.MaxPageSize);
    }
}
