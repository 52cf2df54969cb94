namespace Platform.Tenants.Cases;

/// <summary>Calendar months as the yyyyMM numbers that case counters are keyed by (see <see cref="YearMonth"/>).</summary>
public static class CaseMonth
{
    /// <summary>The yyyyMM of a date.</summary>
    public static int Of(DateOnly date) => YearMonth.Of(date).Number;

    /// <summary>The fiscal year and calendar month (1–12) of a yyyyMM.</summary>
    public static (int FiscalYear, int Month) Split(int yyyymm)
    {
        var month = YearMonth.FromNumber(yyyymm);
        return (month.FiscalYear, month.Month);
    }

    /// <summary>Every yyyyMM from <paramref name="from"/> to <paramref name="to"/>, inclusive.</summary>
    public static IEnumerable<int> Range(DateOnly from, DateOnly to) => YearMonth.Range(from, to).Select(m => m.Number);
}
