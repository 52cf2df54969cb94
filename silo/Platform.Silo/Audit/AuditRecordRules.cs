namespace Platform.Silo.Audit;

/// <summary>
/// What every audit log accepts, checked the same way by the PostgreSQL and the in-memory
/// log so both refuse the same records (and the table's CHECK constraints agree).
/// </summary>
public static class AuditRecordRules
{
    /// <summary>Longest id-like field (subject, tenants, roles, action, object type and id), in characters.</summary>
    public const int MaxFieldLength = 256;

    /// <summary>Longest <see cref="AuditRecord.Purpose"/>, in characters.</summary>
    public const int MaxPurposeLength = 1000;

    /// <summary>
    /// Checks <paramref name="record"/> and returns it as it will be stored: <see cref="AuditRecord.At"/>
    /// in UTC and truncated to microseconds, the precision of PostgreSQL's <c>timestamptz</c>.
    /// </summary>
    /// <exception cref="ArgumentException">A required field is empty or too long, a field holds a NUL
    /// character (PostgreSQL text cannot), or the outcome is not a defined value.</exception>
    public static AuditRecord Normalize(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Require(record.Subject, nameof(record.Subject));
        Require(record.TenantCode, nameof(record.TenantCode));
        Require(record.ActorTenantCode, nameof(record.ActorTenantCode));
        Check(record.Roles, nameof(record.Roles), MaxFieldLength, allowEmpty: true);
        Require(record.Action, nameof(record.Action));
        Require(record.ObjectType, nameof(record.ObjectType));
        Require(record.ObjectId, nameof(record.ObjectId));
        if (record.Purpose is not null)
        {
            Check(record.Purpose, nameof(record.Purpose), MaxPurposeLength, allowEmpty: true);
        }

        if (!Enum.IsDefined(record.Outcome))
        {
            throw new ArgumentException($"Audit outcome {(int)record.Outcome} is not defined.", nameof(record));
        }

        return record with { At = ToStoredPrecision(record.At) };
    }

    /// <summary>The instant as stored: UTC, whole microseconds (later digits dropped, not rounded).</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset value)
    {
        var utcTicks = value.UtcTicks;
        return new DateTimeOffset(utcTicks - (utcTicks % 10), TimeSpan.Zero);
    }

    /// <summary>Checks a tenant code passed to a read or verification.</summary>
    public static void RequireTenantCode(string tenantCode, string parameterName) =>
        Check(tenantCode, parameterName, MaxFieldLength, allowEmpty: false);

    private static void Require(string value, string name) => Check(value, name, MaxFieldLength, allowEmpty: false);

    private static void Check(string value, string name, int maxLength, bool allowEmpty)
    {
        if (value is null || (!allowEmpty && value.Length == 0))
        {
            throw new ArgumentException($"Audit field {name} is required.", name);
        }

        if (value.Length > maxLength)
        {
            throw new ArgumentException($"Audit field {name} is longer than {maxLength} characters.", name);
        }

        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Audit field {name} contains a NUL character.", name);
        }
    }
}
