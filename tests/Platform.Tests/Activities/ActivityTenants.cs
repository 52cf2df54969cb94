namespace Platform.Tests.Activities;

/// <summary>
/// Municipalities no other test uses, from Chugoku and Shikoku (prefectures 31–39; 36 is kept
/// for the roll-up test), so activity records never meet another test's.
/// </summary>
public static class ActivityTenants
{
    private static readonly string[] Codes = [.. TenantDirectory.Instance.Municipalities
        .Where(m => string.CompareOrdinal(m.PrefectureCode, "31") >= 0 && string.CompareOrdinal(m.PrefectureCode, "39") <= 0 && m.PrefectureCode != "36")
        .Select(m => m.Code)];

    private static int _next = -1;

    /// <summary>A municipality's LG code that no other test has been given.</summary>
    public static string Next() => Codes[Interlocked.Increment(ref _next)];

    /// <summary>The LG code of the prefecture of a municipality.</summary>
    public static string PrefectureOf(string municipality) =>
        TenantDirectory.Instance.Prefecture(TenantDirectory.Instance.Municipality(municipality)!.PrefectureCode)!.LgCode;
}
