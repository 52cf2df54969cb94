namespace Platform.GraphQL.Infrastructure;

/// <summary>Checks of query arguments; each failure is a <c>BAD_USER_INPUT</c> error with a clear message.</summary>
internal static class ArgumentRules
{
    /// <summary>What a <c>fiscalYear</c> argument is.</summary>
    public static readonly string FiscalYearDescription =
        $"The fiscal year (年度), named by the calendar year it starts in: 2025 is 令和7年度, 1 April 2025 to 31 March 2026 ({Tenants.Common.FiscalYear.Min} to {Tenants.Common.FiscalYear.Max}).";

    /// <summary>What a <c>month</c> argument of the statistics is.</summary>
    public const string MonthDescription = "A calendar month (1–12) of the fiscal year; the whole fiscal year when omitted.";

    /// <summary>A fiscal year within the range the platform keeps.</summary>
    public static int FiscalYear(int year) =>
        Tenants.Common.FiscalYear.IsValid(year)
            ? year
            : throw new ApiException(ErrorCodes.BadUserInput, $"fiscalYear must be between {Tenants.Common.FiscalYear.Min} and {Tenants.Common.FiscalYear.Max}; got {year}.");

    /// <summary>A 6-digit LG code with a correct check digit.</summary>
    public static string MunicipalityCode(string code) =>
        LgCode.IsValid(code)
            ? code
            : throw new ApiException(ErrorCodes.BadUserInput, $"'{Truncate(code)}' is not a 6-digit LG code with a valid check digit.");

    /// <summary>A 2-digit prefecture code ("13") or a prefecture's 6-digit LG code ("130001").</summary>
    public static string PrefectureCode(string code)
    {
        var ok = code.Length switch
        {
            2 => code.All(char.IsAsciiDigit),
            6 => LgCode.IsValid(code),
            _ => false,
        };
        return ok
            ? code
            : throw new ApiException(ErrorCodes.BadUserInput, $"'{Truncate(code)}' is neither a 2-digit prefecture code nor a 6-digit LG code.");
    }

    private static string Truncate(string value) => value.Length > 20 ? value[..20] + "…" : value;
}
