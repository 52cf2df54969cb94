using System.Globalization;

namespace Platform.Silo.Audit;

/// <summary>
/// The text an audit entry's hash covers. Version 1 entries (written before chains were keyed)
/// carry the plain SHA-256 <see cref="Hash"/>; version 2 entries the HMAC of
/// <see cref="AuditChainKey"/> over the same input, with <c>platform.audit.v2</c> as first line.
/// </summary>
/// <remarks>
/// <code>
/// canonical = "platform.audit.v" + chain version
///             + "\n" + F(tenant_code) + "\n" + F(sequence) + "\n" + F(recorded_at) + "\n" + F(occurred_at)
///             + "\n" + F(subject) + "\n" + F(actor_tenant_code) + "\n" + F(roles) + "\n" + F(action)
///             + "\n" + F(object_type) + "\n" + F(object_id) + "\n" + F(purpose) + "\n" + F(outcome)
/// F(null)  = "-"
/// F(value) = (UTF-8 byte count of value, decimal) + ":" + value
/// sequence: decimal; timestamps: UTC "yyyy-MM-ddTHH:mm:ss.ffffffZ"; outcome: the enum name
/// hash     = lower-case hex( SHA-256( UTF-8( prev_hash + "\n" + canonical ) ) )            (version 1)
///            lower-case hex( HMAC-SHA256( key, UTF-8( prev_hash + "\n" + canonical ) ) ) (version 2)
/// prev_hash of sequence 1 = 64 × "0"
/// </code>
/// </remarks>
public static class AuditCanonicalText
{
    /// <summary>The previous hash of a chain's first entry.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>The chain version of entries hashed without a key.</summary>
    public const int UnkeyedVersion = 1;

    /// <summary>The chain version of entries MACed with <see cref="AuditChainKey"/>.</summary>
    public const int KeyedVersion = 2;

    private const string VersionPrefix = "platform.audit.v";
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    /// <summary>The canonical text of <paramref name="record"/> at <paramref name="sequence"/> of its tenant's chain.</summary>
    public static string Of(AuditRecord record, long sequence, DateTimeOffset recordedAt, int version = UnkeyedVersion)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = new StringBuilder(VersionPrefix).Append(version.ToString(CultureInfo.InvariantCulture));
        Field(text, record.TenantCode);
        Field(text, sequence.ToString(CultureInfo.InvariantCulture));
        Field(text, Timestamp(recordedAt));
        Field(text, Timestamp(record.At));
        Field(text, record.Subject);
        Field(text, record.ActorTenantCode);
        Field(text, record.Roles);
        Field(text, record.Action);
        Field(text, record.ObjectType);
        Field(text, record.ObjectId);
        Field(text, record.Purpose);
        Field(text, record.Outcome.ToString());
        return text.ToString();
    }

    /// <summary>The hash of an entry whose predecessor's hash is <paramref name="previousHash"/>.</summary>
    public static string Hash(string previousHash, string canonicalText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + "\n" + canonicalText)));

    /// <summary>The unkeyed hash a version 1 <paramref name="entry"/> should carry, recomputed from its contents.</summary>
    public static string Recompute(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Hash(entry.PreviousHash, Of(entry.Record, entry.Sequence, entry.RecordedAt));
    }

    /// <summary><paramref name="first"/>, then each of <paramref name="fields"/> on a line of its own, length-prefixed.</summary>
    internal static string Lines(string first, params ReadOnlySpan<string?> fields)
    {
        var text = new StringBuilder(first);
        foreach (var field in fields)
        {
            Field(text, field);
        }

        return text.ToString();
    }

    private static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    private static void Field(StringBuilder text, string? value)
    {
        text.Append('\n');
        if (value is null)
        {
            text.Append('-');
            return;
        }

        text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }
}
