using Platform.Tenants.Directory;

namespace Platform.Tenants.Common;

/// <summary>
/// Who may change what in the directory and program records. The API checks the same rules
/// first; grains check again so a call that skips the API is still refused.
/// </summary>
public static class Authority
{
    /// <summary>
    /// A municipality's own <c>TenantAdmin</c>, or a <c>TenantAdmin</c> or <c>PrefecturalOfficer</c>
    /// of its prefecture, may change its programs and reports.
    /// </summary>
    public static bool MayAdministerMunicipality(Caller caller, MunicipalityInfo municipality, CatalogIndex catalog)
    {
        if (caller.TenantCode == municipality.Code && caller.IsInRole(Roles.TenantAdmin))
        {
            return true;
        }

        var prefecture = catalog.PrefectureByLgCode(caller.TenantCode);
        return prefecture is not null
            && prefecture.Code == municipality.PrefectureCode
            && (caller.IsInRole(Roles.TenantAdmin) || caller.IsInRole(Roles.PrefecturalOfficer));
    }

    /// <summary>A prefecture's own <c>TenantAdmin</c> or <c>PrefecturalOfficer</c> may change its center.</summary>
    public static bool MayAdministerPrefecture(Caller caller, PrefectureInfo prefecture) =>
        caller.TenantCode == prefecture.LgCode
        && (caller.IsInRole(Roles.TenantAdmin) || caller.IsInRole(Roles.PrefecturalOfficer));
}
