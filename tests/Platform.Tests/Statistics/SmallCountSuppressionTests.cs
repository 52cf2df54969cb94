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

    [Fact]
    public void Protect_APartCountedFromFewerThanThreeTenants_IsHidden_AndTheTotalDoesNotGiveItAway()
    {
        // Prefecture 0's 20 comes from two municipalities: shown, either could subtract its own
        // count and learn the other's.
        var (total, parts) = SmallCountSuppression.Protect([20, 30, 40, 0], [2, 5, 7, 0]);

        Assert.Equal(CellMark.FewContributors, parts[0].Mark);
        Assert.Equal("X", parts[0].Text);
        Assert.Null(parts[0].Value);
        Assert.Equal(CellMark.Complementary, parts[1].Mark);
        Assert.Equal(40, parts[2].Value);
        Assert.Equal(0, parts[3].Value);
        Assert.Equal(90, total.Value);
        Assert.Empty(Disclosure.Recoverable(total, parts));
    }

    [Fact]
    public void Protect_OnThousandsOfRandomTablesWithFewContributors_LeavesNoHiddenCellRecoverable()
    {
        var random = new Random(11);
        for (var n = 0; n < 3000; n++)
        {
            var values = Enumerable.Range(0, random.Next(1, 9)).Select(_ => random.Next(3) == 0 ? 0 : random.Next(1, 30)).ToArray();
            var contributors = values.Select(v => v == 0 ? 0 : random.Next(1, 6)).ToArray();
            var (total, parts) = SmallCountSuppression.Protect(values, contributors);
            var table = $"{string.Join(",", values)} from {string.Join(",", contributors)}";
            Assert.True(Disclosure.Recoverable(total, parts).Count == 0, $"a hidden cell of [{table}] is recoverable: {string.Join(",", parts.Select(p => p.Text))} total {total.Text}");
            for (var i = 0; i < values.Length; i++)
            {
                var mustHide = values[i] is >= 1 and <= 4 || (values[i] > 4 && contributors[i] < SmallCountSuppression.MinContributors);
                Assert.True(mustHide ? parts[i].Value is null : parts[i].Value is null || parts[i].Value == values[i], table);
            }
        }
    }

    [Fact]
    public void Protect_APartOneTenantMakesUpMoreThanTheDominanceShareOf_IsHidden_AndTheTotalDoesNotGiveItAway()
    {
        // Prefecture 0's 100 comes from five municipalities, but one of them counted 90: the four
        // others, knowing their own 10, would learn that one's figure exactly.
        var (total, parts) = SmallCountSuppression.Protect([100, 30, 40, 60], [5, 5, 5, 5], [90, 10, 10, 12]);

        Assert.Equal(CellMark.Dominated, parts[0].Mark);
        Assert.Equal("X", parts[0].Text);
        Assert.Null(parts[0].Value);
        Assert.Equal(230, total.Value);
        Assert.Empty(Disclosure.Recoverable(total, parts));

        // At exactly the share, or under stricter settings only, it is shown.
        Assert.Equal(CellMark.None, SmallCountSuppression.Protect([100, 30, 40, 60], [5, 5, 5, 5], [85, 10, 10, 12]).Parts[0].Mark);
        Assert.Equal(CellMark.Dominated, SmallCountSuppression.Protect([100, 30, 40, 60], [5, 5, 5, 5], [85, 10, 10, 12], new DisclosureRules(3, 0.8)).Parts[0].Mark);
    }

    [Fact]
    public void Protect_OnThousandsOfRandomTablesWithADominantTenant_LeavesNoHiddenCellRecoverable()
    {
        var random = new Random(13);
        for (var n = 0; n < 3000; n++)
        {
            var values = Enumerable.Range(0, random.Next(1, 9)).Select(_ => random.Next(3) == 0 ? 0 : random.Next(1, 40)).ToArray();
            var largest = values.Select(v => v == 0 ? 0 : random.Next(1, v + 1)).ToArray();
            var (total, parts) = SmallCountSuppression.Protect(values, values.Select(_ => 5).ToArray(), largest);
            var table = $"{string.Join(",", values)} largest {string.Join(",", largest)}";
            Assert.True(Disclosure.Recoverable(total, parts).Count == 0, $"a hidden cell of [{table}] is recoverable: {string.Join(",", parts.Select(p => p.Text))} total {total.Text}");
            for (var i = 0; i < values.Length; i++)
            {
                var mustHide = values[i] is >= 1 and <= 4 || (values[i] > 4 && largest[i] > 0.85 * values[i]);
                Assert.True(mustHide ? parts[i].Value is null : parts[i].Value is null || parts[i].Value == values[i], table);
            }
        }
    }
}
