using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Platform.Tenants.Audit;

namespace Platform.Silo.Audit;

/// <summary>
/// The text an audit entry's hash covers, and the hash itself. Must match
/// <c>audit_canonical_text</c> and <c>audit_append</c> in <c>Storage/Sql/010_audit.sql</c>
/// byte for byte: the database computes hashes on append, this class recomputes them to verify.
/// </summary>
/// <remarks>
/// <code>
/// canonical = "platform.audit.v1"
///             + "\n" + F(tenant_code) + "\n" + F(sequence) + "\n" + F(recorded_at) + "\n" + F(occurred_at)
///             + "\n" + F(subject) + "\n" + F(actor_tenant_code) + "\n" + F(roles) + "\n" + F(action)
///             + "\n" + F(object_type) + "\n" + F(object_id) + "\n" + F(purpose) + "\n" + F(outcome)
/// F(null)  = "-"
/// F(value) = (UTF-8 byte count of value, decimal) + ":" + value
/// sequence: decimal; timestamps: UTC "yyyy-MM-ddTHH:mm:ss.ffffffZ"; outcome: the enum name
/// hash     = lower-case hex( SHA-256( UTF-8( prev_hash + "\n" + canonical ) ) )
/// prev_hash of sequence 1 = 64 × "0"
/// </code>
/// </remarks>
public static class AuditCanonicalText
{
    /// <summary>The previous hash of a chain's first entry.</summary>
    public static readonly string GenesisHash = new('0', 64);

    private const string Version = "platform.audit.v1";
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    /// <summary>The canonical text of <paramref name="record"/> at <paramref name="sequence"/> of its tenant's chain.</summary>
    public static string Of(AuditRecord record, long sequence, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = new StringBuilder(Version);
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

    /// <summary>The hash <paramref name="entry"/> should carry, recomputed from its contents.</summary>
    public static string Recompute(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Hash(entry.PreviousHash, Of(entry.Record, entry.Sequence, entry.RecordedAt));
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
