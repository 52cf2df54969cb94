namespace Platform.Tenants.Cases;

/// <summary>The roles that work with case files of their own tenant.</summary>
public static class CaseRoles
{
    /// <summary>Caseworkers, supervisors and tenant admins.</summary>
    public static readonly string[] Staff = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin];
}
