using Platform.Tenants.Common;
using Platform.Tenants.Directory;

namespace Platform.GraphQL.Directory;

/// <summary>The municipality codes a mutation's input names: their shape and whether the directory lists them.</summary>
internal static class MunicipalityCodes
{
    /// <summary>The municipality of an input code, or the user error that says why there is none.</summary>
    public static UserError? Lookup(TenantDirectory directory, string code, out MunicipalityInfo? municipality)
    {
        municipality = null;
        if (!LgCode.IsValid(code))
        {
            return new("INVALID_LG_CODE", $"'{Short(code)}' is not a 6-digit LG code with a valid check digit.", ["input", "municipalityCode"]);
        }

        municipality = directory.Municipality(code);
        return municipality is null
            ? new("UNKNOWN_MUNICIPALITY", $"There is no municipality with code {code}.", ["input", "municipalityCode"])
            : null;
    }

    /// <summary>An input code cut short for a message.</summary>
    public static string Short(string value) => value.Length > 20 ? value[..20] + "…" : value;
}
