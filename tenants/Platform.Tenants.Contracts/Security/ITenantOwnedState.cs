namespace Platform.Tenants.Security;

/// <summary>
/// Grain state that belongs to one tenant (a municipality, or a prefecture for satellite and
/// prefectural-center cases) and holds personal data. The platform's grain storage encrypts
/// such state with the tenant's data key before it reaches PostgreSQL, and refuses to read it
/// back if it was stored in plain text.
/// </summary>
/// <remarks>
/// Implement it on the state class itself (the <c>TState</c> of
/// <c>IPersistentState&lt;TState&gt;</c>): the storage serializer only sees that object.
/// State of directory grains (nation, prefectures, municipalities as tenants) holds no
/// personal data and does not implement it.
/// </remarks>
public interface ITenantOwnedState
{
    /// <summary>
    /// The owning tenant's code (the LG code of a municipality, or a prefecture code). Must be
    /// set before the first write: state without a tenant is never stored, encrypted or not.
    /// </summary>
    string TenantCode { get; }
}
