using Platform.Tenants.Statistics;

namespace Platform.Tests.Statistics;

public sealed class SmallCountSuppressionTests
{
    [Fact]
    public void Protect_ShowsZeroAndLargeCounts_AndHidesOneToFourAsLessThanFive()
    {
        var (total, parts) = SmallCountSuppression.Protect([0, 3, 12, 40, 7]);
        Assert.Equal(["0", "<5", "12", "40", "X"], parts.Select(p => p.Text));
        Assert.Equal("62", total.Text);
        Assert.Null(parts[1].Value);
        Assert.Null(parts[4].Value);
    }

    [Fact]
    public void Protect_WithASingleSmallCount_HidesTheNextSmallestSoTheTotalRevealsNeither()
    {
        var (total, parts) = SmallCountSuppression.Protect([20, 2, 9, 0]);
        Assert.Equal(CellMark.SmallCount, parts[1].Mark);
        Assert.Equal(CellMark.Complementary, parts[2].Mark);
        Assert.Equal(31, total.Value);
        Assert.Empty(Disclosure.Recoverable(total, parts));
    }

    [Fact]
    public void Protect_WhenOnlyZerosAreLeftToHide_HidesTheTotal()
    {
        var (total, parts) = SmallCountSuppression.Protect([0, 6, 0]);
        Assert.Equal("6", total.Text);
        var (hiddenTotal, small) = SmallCountSuppression.Protect([0, 3, 0]);
        Assert.Equal("<5", hiddenTotal.Text);
        Assert.Equal("<5", small[1].Text);
        Assert.Empty(Disclosure.Recoverable(hiddenTotal, small));
        Assert.Equal(CellMark.None, parts[1].Mark);
    }

    [Fact]
    public void Protect_OnThousandsOfRandomTables_LeavesNoHiddenCellRecoverable()
    {
        var random = new Random(7);
        for (var n = 0; n < 3000; n++)
        {
            var values = Enumerable.Range(0, random.Next(1, 9)).Select(_ => random.Next(3) == 0 ? 0 : random.Next(1, 14)).ToArray();
            var (total, parts) = SmallCountSuppression.Protect(values);
            var table = string.Join(",", values);
            Assert.True(Disclosure.Recoverable(total, parts).Count == 0, $"a hidden cell of [{table}] is recoverable: {string.Join(",", parts.Select(p => p.Text))} total {total.Text}");
            for (var i = 0; i < values.Length; i++)
            {
                Assert.True(values[i] is >= 1 and <= 4 ? parts[i].Mark == CellMark.SmallCount : parts[i].Value is null || parts[i].Value == values[i], table);
            }
        }
    }
}
