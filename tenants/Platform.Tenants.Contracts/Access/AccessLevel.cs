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

    /// <summary>
    /// A caller of the owning municipality's prefecture with one of the roles, never the
    /// municipality itself: what the prefecture records about its municipalities.
    /// </summary>
    Prefecture = 4,

    /// <summary>
    /// A caller of one of the owning prefecture's municipalities with one of the roles: what a
    /// prefecture keeps about a municipality, read by that municipality (the grain answers for the
    /// caller's own tenant, never one named in an argument).
    /// </summary>
    MunicipalityOfPrefecture = 5,
}
