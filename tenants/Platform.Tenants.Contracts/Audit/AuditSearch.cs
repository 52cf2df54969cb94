namespace Platform.Tenants.Audit;

/// <summary>
/// Which entries of a tenant's audit log a reader asks for; every condition given must hold.
/// Applied by the store, so a filter sees the whole log, not one page of it.
/// </summary>
/// <param name="ActionPrefix">Entries whose action starts with this ("case." or "case.read").</param>
/// <param name="Outcome">Entries with this outcome.</param>
/// <param name="Party">Entries whose subject or object id is exactly this.</param>
/// <param name="From">Entries that happened at or after this instant.</param>
/// <param name="Before">Entries that happened before this instant.</param>
public sealed record AuditSearch(string? ActionPrefix, AuditOutcome? Outcome, string? Party, DateTimeOffset? From, DateTimeOffset? Before)
{
    /// <summary>True when <paramref name="record"/> meets every condition.</summary>
    public bool Matches(AuditRecord record) =>
        (ActionPrefix is null || record.Action.StartsWith(ActionPrefix, StringComparison.Ordinal))
        && (Outcome is null || record.Outcome == Outcome)
        && (Party is null || record.Subject == Party || record.ObjectId == Party)
        && (From is null || record.At >= From)
        && (Before is null || record.At < Before);
}
