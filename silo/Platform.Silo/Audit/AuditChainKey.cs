using System.Globalization;

namespace Platform.Silo.Audit;

/// <summary>
/// The key of the audit chains: HMAC-SHA256 over every keyed entry, every chain head and the
/// roster of chains. Derived from the master key (<see cref="KeyEncryptionKey.DeriveKey"/>), so
/// it is never in the database: whoever owns the database can change rows, but cannot make
/// the MACs after them agree again.
/// </summary>
public sealed class AuditChainKey
{
    private readonly byte[] key;

    private AuditChainKey(byte[] key) => this.key = key;

    /// <summary>The audit key under <paramref name="masterKey"/>.</summary>
    public static AuditChainKey From(KeyEncryptionKey masterKey)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        return new AuditChainKey(masterKey.DeriveKey("audit-chain/v2"));
    }

    /// <summary>A key of its own, for a log that lives as long as its process (<c>--in-memory</c>, tests).</summary>
    public static AuditChainKey Ephemeral() => new(RandomNumberGenerator.GetBytes(32));

    /// <summary>The hash of a keyed entry whose predecessor's hash is <paramref name="previousHash"/>.</summary>
    public string EntryMac(string previousHash, string canonicalText) => Mac(previousHash + "\n" + canonicalText);

    /// <summary>The MAC a head with these values carries.</summary>
    public string HeadMac(string tenantCode, long lastSequence, string headHash, long legacyThrough) =>
        Mac(AuditCanonicalText.Lines("platform.audit.head.v2", tenantCode, Number(lastSequence), headHash, Number(legacyThrough)));

    /// <summary>The MAC of a roster listing <paramref name="tenantCodes"/> in this order.</summary>
    public string RosterMac(IReadOnlyList<string> tenantCodes)
    {
        ArgumentNullException.ThrowIfNull(tenantCodes);
        return Mac(AuditCanonicalText.Lines("platform.audit.roster.v2", [Number(tenantCodes.Count), .. tenantCodes]));
    }

    /// <summary>True when <paramref name="head"/> carries the MAC of its own values.</summary>
    public bool Authenticates(AuditChainHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return Same(head.Mac, HeadMac(head.TenantCode, head.LastSequence, head.HeadHash, head.LegacyThrough));
    }

    /// <summary>True when <paramref name="roster"/> carries the MAC of its own list.</summary>
    public bool Authenticates(AuditChainRoster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        return Same(roster.Mac, RosterMac(roster.TenantCodes));
    }

    /// <summary>True when <paramref name="entry"/> (chain version 2) carries the MAC of its contents.</summary>
    public bool Authenticates(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var canonical = AuditCanonicalText.Of(entry.Record, entry.Sequence, entry.RecordedAt, AuditCanonicalText.KeyedVersion);
        return Same(entry.Hash, EntryMac(entry.PreviousHash, canonical));
    }

    /// <summary>Names nothing: the key is never part of a string.</summary>
    public override string ToString() => nameof(AuditChainKey);

    private string Mac(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool Same(string stored, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(expected));
}
