namespace Platform.Tests.Audit;

/// <summary>Audit records and tenant codes for tests; each call gives fresh ids.</summary>
internal static class AuditSamples
{
    /// <summary>A tenant code no other test uses.</summary>
    public static string NewTenant() => $"t{Guid.NewGuid():N}"[..13];

    /// <summary>A caseworker of <paramref name="tenant"/> reading case <paramref name="caseId"/>.</summary>
    public static AuditRecord CaseRead(string tenant, string caseId = "case-1", AuditOutcome outcome = AuditOutcome.Allowed) =>
        new("subject-42", tenant, tenant, "Caseworker", AuditActions.CaseRead, "case", caseId, null, outcome,
            new DateTimeOffset(2025, 4, 1, 9, 30, 0, TimeSpan.FromHours(9)).AddTicks(1234567));
}
