using Platform.GraphQL.Statistics;

namespace Platform.Tests.Statistics;

/// <summary>The CSV format of the statistics files: RFC 4180, codes as text, Japanese labels.</summary>
public sealed class CsvTableTests
{
    [Theory]
    [InlineData("東京都", "東京都")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\r", "\"cr\r\"")]
    public void Quote_QuotesCommasQuotesAndLineBreaks(string cell, string expected) =>
        Assert.Equal(expected, Platform.GraphQL.Statistics.CsvTable.Quote(cell));

    [Fact]
    public void Write_EndsLinesWithCrLf_KeepsCodesAsText_AndTranslatesHeaders()
    {
        var table = new Platform.GraphQL.Statistics.CsvTable();
        table.Header(["fiscal_year", "prefecture_code", "prefecture_name", "staff_training_sessions", "fact_finding_survey_participants"]);
        table.Row(["2023", "01", "北海道, 道央", "3", "<5"]);

        Assert.Equal("fiscal_year,prefecture_code,prefecture_name,staff_training_sessions,fact_finding_survey_participants\r\n"
            + "2023,\"=\"\"01\"\"\",\"北海道, 道央\",3,<5\r\n", table.Write(japanese: false, excelCodes: true));
        Assert.Equal("年度,都道府県コード,都道府県名,支援者研修 開催回数,実態把握調査 参加者数\r\n"
            + "2023,01,\"北海道, 道央\",3,<5\r\n", table.Write(japanese: true, excelCodes: false));
    }

    [Fact]
    public void Row_WithTheWrongNumberOfCells_IsRefused()
    {
        var table = new Platform.GraphQL.Statistics.CsvTable();
        table.Header(["fiscal_year", "total"]);

        Assert.Throws<InvalidOperationException>(() => table.Row(["2023"]));
    }

    [Fact]
    public void EveryActivityColumn_HasAJapaneseLabel()
    {
        foreach (var kind in Enum.GetNames<Platform.Tenants.Activities.ActivityKind>())
        {
            var key = string.Concat(kind.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
            foreach (var measure in new[] { "_sessions", "_participants", "_first_time_participants" })
                Assert.DoesNotContain(key, StatisticsCsvLabels.Japanese(key + measure), StringComparison.Ordinal);
        }
    }
}
