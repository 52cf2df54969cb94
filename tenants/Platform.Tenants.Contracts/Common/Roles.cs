namespace Platform.Tenants.Common;

/// <summary>The application roles carried in a token's <c>roles</c> claim (API contract, "Identity").</summary>
public static class Roles
{
    /// <summary>Handles cases in a municipal or prefectural tenant.</summary>
    public const string Caseworker = "Caseworker";

    /// <summary>Supervises caseworkers in a municipal or prefectural tenant.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>Administers a municipal or prefectural tenant: its programs and reports.</summary>
    public const string TenantAdmin = "TenantAdmin";

    /// <summary>Officer of a prefecture (or designated city) who backs up its municipalities.</summary>
    public const string PrefecturalOfficer = "PrefecturalOfficer";

    /// <summary>Ministry analyst: aggregate figures only.</summary>
    public const string NationalAnalyst = "NationalAnalyst";

    /// <summary>Application token of an integrator: read-only, directory and aggregate data.</summary>
    public const string Integrator = "Integrator";

    /// <summary>The tenant code of the nation (the ministry).</summary>
    public const string NationTenant = "nation";
}
