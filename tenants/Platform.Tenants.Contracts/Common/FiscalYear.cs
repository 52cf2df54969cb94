namespace Platform.Tenants.Common;

/// <summary>
/// Japanese fiscal years (年度) run 1 April to 31 March and are named by the Gregorian year they
/// start in: 2023 = 令和5年度 = 2023-04-01..2024-03-31.
/// </summary>
public static class FiscalYear
{
    /// <summary>The earliest fiscal year the platform accepts.</summary>
    public const int Min = 2000;

    /// <summary>The latest fiscal year the platform accepts.</summary>
    public const int Max = 2100;

    /// <summary>True when <paramref name="year"/> is within <see cref="Min"/>..<see cref="Max"/>.</summary>
    public static bool IsValid(int year) => year is >= Min and <= Max;

    /// <summary>The fiscal year a calendar date falls in.</summary>
    public static int Of(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    /// <summary>The first day of the fiscal year.</summary>
    public static DateOnly StartOf(int year) => new(year, 4, 1);

    /// <summary>The last day of the fiscal year.</summary>
    public static DateOnly EndOf(int year) => new(year + 1, 3, 31);
}
