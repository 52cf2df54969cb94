namespace Platform.Tenants.Access;

/// <summary>
/// Declares who may call a grain interface method. The silo's incoming call filter enforces it
/// against the verified caller; a method without this attribute is denied to everyone (deny by
/// default), so a new method cannot be exposed by forgetting it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class AccessAttribute(AccessLevel level) : Attribute
{
    /// <summary>The access level.</summary>
    public AccessLevel Level { get; } = level;

    /// <summary>For <see cref="AccessLevel.Tenant"/>: the roles, any one of which suffices.</summary>
    public string[] Roles { get; init; } = [];

    /// <summary>
    /// For <see cref="AccessLevel.Tenant"/>: callers of the owning municipality's prefecture
    /// (with one of <see cref="Roles"/>) are admitted too.
    /// </summary>
    public bool AllowPrefecture { get; init; }

    /// <summary>
    /// For <see cref="AccessLevel.Tenant"/>: when set, a caller of the owning tenant itself needs
    /// one of these roles, narrower than <see cref="Roles"/> (which the prefecture's callers need):
    /// a municipality's own records are changed by its <c>TenantAdmin</c>, not by a municipal
    /// account that happens to hold a prefectural role.
    /// </summary>
    public string[] OwnerRoles { get; init; } = [];
}
