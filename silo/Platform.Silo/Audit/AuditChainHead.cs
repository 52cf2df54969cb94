using System.Collections.Immutable;

namespace Platform.Silo.Audit;

/// <summary>
/// Where a tenant's chain ends, kept apart from the chain (<c>audit_chain_head</c>) and MACed
/// with <see cref="AuditChainKey"/>: removing entries from the end of a chain leaves the rest
/// valid, but no longer agrees with its head.
/// </summary>
/// <param name="TenantCode">The tenant whose chain this is.</param>
/// <param name="LastSequence">The sequence of the chain's last entry.</param>
/// <param name="HeadHash">The hash of that entry.</param>
/// <param name="LegacyThrough">The last entry hashed without a key (chain version 1), 0 when none.</param>
/// <param name="Mac">HMAC of the values above.</param>
public sealed record AuditChainHead(string TenantCode, long LastSequence, string HeadHash, long LegacyThrough, string Mac);

/// <summary>
/// Every tenant that has a chain head, in the order they got one (<c>audit_chain_roster</c>), MACed:
/// removing a whole chain together with its head leaves the roster naming it.
/// </summary>
/// <param name="TenantCodes">The tenants.</param>
/// <param name="Mac">HMAC of the list.</param>
public sealed record AuditChainRoster(ImmutableArray<string> TenantCodes, string Mac);

/// <summary>How one append extends a chain, decided from the chain's tail and head as the log found them.</summary>
/// <param name="Sequence">The new entry's sequence: one past the tail, or past the head if the tail was cut off.</param>
/// <param name="PreviousHash">The tail's hash.</param>
/// <param name="LegacyThrough">The head's <see cref="AuditChainHead.LegacyThrough"/> (for a new head: the tail).</param>
/// <param name="HeadMac">The new head's MAC; null when the head found does not authenticate and is left as it is.</param>
/// <param name="IsFirstHead">True when the tenant has no head yet: the roster decides (<see cref="JoinRoster"/>).</param>
public sealed record AuditAppendPlan(long Sequence, string PreviousHash, long LegacyThrough, string? HeadMac, bool IsFirstHead)
{
    /// <summary>
    /// Plans an append after <paramref name="tailSequence"/> / <paramref name="tailHash"/>. Never
    /// re-MACs what does not authenticate: a break someone made stays visible to <c>audit verify</c>.
    /// </summary>
    public static (AuditAppendPlan Plan, string Hash) Create(
        AuditChainKey key, AuditRecord record, long tailSequence, string tailHash, AuditChainHead? head, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(record);
        var trusted = head is not null && key.Authenticates(head);
        var sequence = Math.Max(tailSequence, trusted ? head!.LastSequence : 0) + 1;
        var legacyThrough = head?.LegacyThrough ?? tailSequence;
        var hash = key.EntryMac(tailHash, AuditCanonicalText.Of(record, sequence, recordedAt, AuditCanonicalText.KeyedVersion));
        var headMac = head is null || trusted ? key.HeadMac(record.TenantCode, sequence, hash, legacyThrough) : null;
        return (new AuditAppendPlan(sequence, tailHash, legacyThrough, headMac, head is null), hash);
    }

    /// <summary>
    /// For a tenant's first head: the roster with the tenant added, or null when the head must
    /// not be written (the roster is missing while heads exist, does not authenticate, or already
    /// names the tenant, so its head was removed).
    /// </summary>
    public static AuditChainRoster? JoinRoster(AuditChainKey key, string tenantCode, AuditChainRoster? roster, bool headsExist)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (roster is null)
        {
            return headsExist ? null : new AuditChainRoster([tenantCode], key.RosterMac([tenantCode]));
        }

        if (!key.Authenticates(roster) || roster.TenantCodes.Contains(tenantCode, StringComparer.Ordinal))
        {
            return null;
        }

        var joined = roster.TenantCodes.Add(tenantCode);
        return new AuditChainRoster(joined, key.RosterMac(joined));
    }
}
