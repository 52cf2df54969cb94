namespace Platform.Tests.Infrastructure;

/// <summary>
/// Fiscal years no other test uses, so tests that designate programs on a shared platform
/// never see each other's changes. FY2023 is left to the reference data.
/// </summary>
public static class UniqueFiscalYear
{
    private static int _next = 2030;

    /// <summary>A fresh fiscal year between 2031 and 2100.</summary>
    public static int Next()
    {
        var year = Interlocked.Increment(ref _next);
        return year <= 2100 ? year : throw new InvalidOperationException("Out of unique fiscal years.");
    }
}
