using Platform.Tenants.Statistics;

namespace Platform.Tests.CaseCounters;

/// <summary>
/// Months as the counters key them (yyyyMM numbers, stored as such) and the fiscal year (April
/// to March) each belongs to.
/// </summary>
public sealed class YearMonthTests
{
    [Theory]
    [InlineData(2026, 4, 2026)]
    [InlineData(2026, 12, 2026)]
    [InlineData(2027, 1, 2026)]
    [InlineData(2027, 3, 2026)]
    public void FiscalYear_OfJanuaryToMarch_IsTheYearBefore(int year, int month, int fiscalYear) =>
        Assert.Equal(fiscalYear, new YearMonth(year, month).FiscalYear);

    [Fact]
    public void Number_IsTheStoredYyyyMM_AndReadsBack()
    {
        var month = YearMonth.Of(new DateOnly(2027, 2, 14));

        Assert.Equal(202702, month.Number);
        Assert.Equal(month, YearMonth.FromNumber(202702));
        Assert.Equal(CaseMonth.Of(new DateOnly(2027, 2, 14)), month.Number);
    }

    [Fact]
    public void InFiscalYear_PutsJanuaryToMarchInTheNextCalendarYear()
    {
        Assert.Equal(new YearMonth(2026, 4), YearMonth.InFiscalYear(2026, 4));
        Assert.Equal(new YearMonth(2027, 3), YearMonth.InFiscalYear(2026, 3));
    }

    [Fact]
    public void Range_CrossesTheYear_AndIsEmptyWhenTheEndIsEarlier()
    {
        var months = YearMonth.Range(new DateOnly(2026, 11, 30), new DateOnly(2027, 2, 1)).Select(m => m.Number);

        Assert.Equal([202611, 202612, 202701, 202702], months);
        Assert.Empty(YearMonth.Range(new DateOnly(2027, 2, 1), new DateOnly(2027, 1, 31)));
    }

    [Fact]
    public void Period_OfAFiscalYearsFebruary_EndsOnItsLastDay()
    {
        Assert.Equal((new DateOnly(2028, 2, 1), new DateOnly(2028, 2, 29)), Platform.Tenants.Cases.CaseCounters.Period(2027, 2));
        Assert.Equal((new DateOnly(2027, 4, 1), new DateOnly(2028, 3, 31)), Platform.Tenants.Cases.CaseCounters.Period(2027, null));
    }

    [Fact]
    public void Months_CompareInCalendarOrder()
    {
        Assert.True(new YearMonth(2026, 12) < new YearMonth(2027, 1));
        Assert.Equal(new YearMonth(2027, 1), new YearMonth(2026, 12).Next);
    }

    [Theory]
    [InlineData(StatisticsPublishPeriod.Month, 2027, 2, 202702)]
    [InlineData(StatisticsPublishPeriod.Quarter, 2027, 2, 202701)]
    [InlineData(StatisticsPublishPeriod.Quarter, 2026, 12, 202610)]
    [InlineData(StatisticsPublishPeriod.Quarter, 2026, 4, 202604)]
    public void PublishedPeriod_IsTheYyyyMMOfItsFirstMonth(StatisticsPublishPeriod period, int year, int month, int expected) =>
        Assert.Equal(expected, new StatisticsOptions { PublishPeriod = period }.PeriodOf(new DateOnly(year, month, 15)));
}
