namespace Platform.Tests.Cases;

/// <summary>
/// Municipalities no other test uses, one per test that writes cases: case numbers, lists and
/// counters are per tenant, so tests on the shared platform never see each other's cases.
/// Taken from Kyushu and Okinawa (prefectures 40–47), where no other test works.
/// </summary>
public static class CaseTenants
{
    private static readonly string[] Codes = [.. TenantDirectory.Instance.Municipalities
        .Where(m => string.CompareOrdinal(m.PrefectureCode, "40") >= 0)
        .Select(m => m.Code)];

    private static int _next = -1;

    /// <summary>A municipality's LG code that no other test has been given.</summary>
    public static string Next()
    {
        var index = Interlocked.Increment(ref _next);
        return index < Codes.Length ? Codes[index] : throw new InvalidOperationException("Out of unique municipalities.");
    }
}
