namespace Platform.Tenants.Cases;

/// <summary>Calendar months as yyyyMM numbers, and the fiscal year and month they belong to.</summary>
public static class CaseMonth
{
    /// <summary>The yyyyMM of a date.</summary>
    public static int Of(DateOnly date) => date.Year * 100 + date.Month;

    /// <summary>The fiscal year and calendar month (1–12) of a yyyyMM.</summary>
    public static (int FiscalYear, int Month) Split(int yyyymm)
    {
        var (year, month) = (yyyymm / 100, yyyymm % 100);
        return (month >= 4 ? year : year - 1, month);
    }

    /// <summary>Every yyyyMM from <paramref name="from"/> to <paramref name="to"/>, inclusive.</summary>
    public static IEnumerable<int> Range(DateOnly from, DateOnly to)
    {
        for (var d = new DateOnly(from.Year, from.Month, 1); d <= to; d = d.AddMonths(1))
        {
            yield return Of(d);
        }
    }
}
