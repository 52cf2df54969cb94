using Platform.Tenants.Municipalities;

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

    /// <summary>
    /// The grain of the municipality an input code names, once the caller passes the rule of its
    /// <paramref name="method"/> (<c>FORBIDDEN</c> otherwise); or the user error that says why the
    /// code names none.
    /// </summary>
    public static async Task<(IMunicipalityGrain? Grain, UserError? Error)> GrainAsync(IResolveFieldContext ctx, string code, string method) =>
        Lookup(ctx.Directory(), code, out var municipality) is { } error
            ? (null, error)
            : (await GrainGate.OpenAsync<IMunicipalityGrain>(ctx, municipality!.Code, method, "Municipality"), null);

    /// <summary>An input code cut short for a message.</summary>
    public static string Short(string value) => value.Length > 20 ? value[..20] + "…" : value;
}
