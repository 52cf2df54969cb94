using Platform.GraphQL.Errors;
using Platform.Tenants.Common;
using Platform.Tenants.Directory;

namespace Platform.GraphQL.Directory;

/// <summary>The municipality or prefecture codes a mutation's input names, and who may administer them.</summary>
internal static class MunicipalityCodes
{
    /// <summary>The municipality of an input code, or the user error that says why there is none.</summary>
    public static UserError? Lookup(CatalogIndex catalog, string code, out MunicipalityInfo? municipality)
    {
        municipality = null;
        if (!LgCode.IsValid(code))
        {
            return new("INVALID_LG_CODE", $"'{Short(code)}' is not a 6-digit LG code with a valid check digit.", ["input", "municipalityCode"]);
        }

        municipality = catalog.Municipality(code);
        return municipality is null
            ? new("UNKNOWN_MUNICIPALITY", $"There is no municipality with code {code}.", ["input", "municipalityCode"])
            : null;
    }

    /// <summary><c>FORBIDDEN</c> with <paramref name="message"/> unless <paramref name="allowed"/>.</summary>
    public static void Require(bool allowed, string message)
    {
        if (!allowed)
        {
            throw new ApiException(ErrorCodes.Forbidden, message);
        }
    }

    /// <summary>An input code cut short for a message.</summary>
    public static string Short(string value) => value.Length > 20 ? value[..20] + "…" : value;
}
