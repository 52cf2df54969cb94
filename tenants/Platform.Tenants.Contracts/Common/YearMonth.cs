namespace Platform.Tenants.Common;

/// <summary>
/// A calendar month. Stored state and reports key months by their yyyyMM number
/// (<see cref="Number"/>), so this type is never stored itself: it is how code reads and makes
/// those numbers, and the one place that knows their arithmetic and the fiscal year (April to
/// March) a month belongs to.
/// </summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Month">The calendar month, 1 to 12.</param>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    /// <summary>The month of <paramref name="date"/>.</summary>
    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>The month a yyyyMM number names.</summary>
    public static YearMonth FromNumber(int yyyymm) => new(yyyymm / 100, yyyymm % 100);

    /// <summary>Calendar month <paramref name="month"/> (1–12) of fiscal year <paramref name="fiscalYear"/>: April to December of that year, January to March of the next.</summary>
    public static YearMonth InFiscalYear(int fiscalYear, int month) => new(month >= 4 ? fiscalYear : fiscalYear + 1, month);

    /// <summary>Every month from the month of <paramref name="from"/> to that of <paramref name="to"/>, inclusive (none when <paramref name="to"/> is earlier).</summary>
    public static IEnumerable<YearMonth> Range(DateOnly from, DateOnly to)
    {
        for (var month = Of(from); month.FirstDay <= to; month = month.Next)
        {
            yield return month;
        }
    }

    /// <summary>The yyyyMM number of this month, as state and reports key it.</summary>
    public int Number => Year * 100 + Month;

    /// <summary>The fiscal year (April to March) this month belongs to.</summary>
    public int FiscalYear => Month >= 4 ? Year : Year - 1;

    /// <summary>The first day of this month.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The last day of this month.</summary>
    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    /// <summary>The month after this one.</summary>
    public YearMonth Next => Of(FirstDay.AddMonths(1));

    /// <inheritdoc />
    public int CompareTo(YearMonth other) => Number.CompareTo(other.Number);

    /// <summary>Earlier than.</summary>
    public static bool operator <(YearMonth a, YearMonth b) => a.CompareTo(b) < 0;

    /// <summary>Later than.</summary>
    public static bool operator >(YearMonth a, YearMonth b) => a.CompareTo(b) > 0;

    /// <summary>Not later than.</summary>
    public static bool operator <=(YearMonth a, YearMonth b) => a.CompareTo(b) <= 0;

    /// <summary>Not earlier than.</summary>
    public static bool operator >=(YearMonth a, YearMonth b) => a.CompareTo(b) >= 0;

    /// <inheritdoc />
    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
