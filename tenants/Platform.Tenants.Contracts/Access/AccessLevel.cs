namespace Platform.Tenants.Access;

/// <summary>Who may call a grain method (see <see cref="AccessAttribute"/>).</summary>
public enum AccessLevel
{
    /// <summary>Anyone, anonymous included: public directory and aggregate data.</summary>
    Public = 0,

    /// <summary>A caller of the owning tenant (or, where allowed, of its prefecture) with one of the roles.</summary>
    Tenant = 1,

    /// <summary>Any authenticated caller holding one of the roles, whatever its tenant (aggregates).</summary>
    Role = 3,

    /// <summary>Only the platform itself: roll-ups, loading, timers. Never an API caller.</summary>
    System = 2,
}
