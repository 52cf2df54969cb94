namespace Platform.Tenants.Audit;

/// <summary>
/// One access to personal data (a read, a change, or a refused attempt) as the audit log keeps
/// it. It names people and objects only by their ids: never a name, a note or any other
/// personal detail, because the log is kept longer than the data it describes.
/// </summary>
/// <param name="Subject">The verified caller's subject id (token <c>sub</c>/<c>oid</c>).</param>
/// <param name="TenantCode">
/// The tenant whose data was accessed (LG code, or <c>nation</c>). Each tenant has its own
/// hash chain, and this is its key.
/// </param>
/// <param name="ActorTenantCode">The caller's own tenant; differs from <paramref name="TenantCode"/> across tiers.</param>
/// <param name="Roles">The caller's roles, comma-separated in ordinal order (may be empty).</param>
/// <param name="Action">What was attempted, lower-case and dotted: <c>case.read</c>, <c>case.update</c> (see <see cref="AuditActions"/>).</param>
/// <param name="ObjectType">The kind of object, e.g. <c>case</c>, <c>program</c>.</param>
/// <param name="ObjectId">The object's id within <paramref name="TenantCode"/>.</param>
/// <param name="Purpose">The stated purpose of a cross-tenant access (consent), or <see langword="null"/>.</param>
/// <param name="Outcome">Allowed, denied or failed.</param>
/// <param name="At">When it happened. Stored in UTC with microsecond precision.</param>
[GenerateSerializer, Immutable, Alias("platform.audit-record.v1")]
public sealed record AuditRecord(
    [property: Id(0)] string Subject,
    [property: Id(1)] string TenantCode,
    [property: Id(2)] string ActorTenantCode,
    [property: Id(3)] string Roles,
    [property: Id(4)] string Action,
    [property: Id(5)] string ObjectType,
    [property: Id(6)] string ObjectId,
    [property: Id(7)] string? Purpose,
    [property: Id(8)] AuditOutcome Outcome,
    [property: Id(9)] DateTimeOffset At)
{
    /// <summary>
    /// A record of <paramref name="caller"/> attempting <paramref name="action"/> on an object of
    /// <paramref name="tenantCode"/>; subject, actor tenant and roles come from the verified caller.
    /// </summary>
    public static AuditRecord For(
        Caller caller, string tenantCode, string action, string objectType, string objectId,
        AuditOutcome outcome, DateTimeOffset at, string? purpose = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var roles = string.Join(',', caller.Roles.Order(StringComparer.Ordinal));
        return new AuditRecord(caller.Subject, tenantCode, caller.TenantCode, roles, action, objectType, objectId, purpose, outcome, at);
    }
}
