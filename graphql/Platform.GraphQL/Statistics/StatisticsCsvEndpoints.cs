using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Platform.Tenants.Nation;
using Platform.Tenants.Statistics;

namespace Platform.GraphQL.Statistics;

/// <summary>
/// The national tables as CSV (RFC 4180 with CRLF, UTF-8 with a byte order mark so spreadsheet
/// software in Japan opens it, sent as an attachment with a file name; <c>?headers=ja</c> (or <c>?lang=ja</c>) for
/// Japanese column labels; prefecture codes as <c>="01"</c> so Excel keeps the leading zero,
/// <c>?codes=plain</c> for bare codes), public like the published tables: <c>/statistics/national-program-counts.csv</c>
/// and <c>/statistics/national-request-status.csv</c> in the layout of the ministry's tables,
/// and <c>/statistics/national-activities.csv</c>, the suppressed table of the 47 prefectures
/// and the nation. Each takes <c>?fiscalYear=2024</c> (several: <c>2022,2023</c>). They share
/// the callers' rate limit with <c>/graphql</c> (<c>GraphQL:RateLimit</c>).
/// </summary>
public static class StatisticsCsvEndpoints
{
    /// <summary>Maps the three CSV endpoints.</summary>
    public static IEndpointRouteBuilder MapPlatformStatisticsCsv(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/statistics/national-program-counts.csv", ctx => WriteAsync(ctx, async (grains, years, csv) =>
        {
            csv.Header(["fiscal_year", "prefecture_centers", "municipal_centers", "support_stations", "support_projects", "total"]);
            foreach (var year in years)
            {
                var s = await grains.Grain<INationGrain>(INationGrain.Key).GetProgramSummary(year);
                csv.Row(Numbers(s.FiscalYear, s.PrefectureCenters, s.MunicipalCenters, s.SupportStations, s.SupportProjects, s.Total));
            }
        }));
        endpoints.MapGet("/statistics/national-request-status.csv", ctx => WriteAsync(ctx, async (grains, years, csv) =>
        {
            csv.Header(["fiscal_year", "municipalities", "desk_clarified", "desk_publicized", "fact_finding_survey", "municipal_platform", "note"]);
            foreach (var year in years)
            {
                var s = await grains.Grain<INationGrain>(INationGrain.Key).GetRequestStatusSummary(year);
                csv.Row([.. Numbers(s.FiscalYear, s.Municipalities, s.DeskClarified, s.DeskPublicized, s.FactFindingSurvey, s.MunicipalPlatform), "platform records"]);
            }
        }));
        endpoints.MapGet("/statistics/national-activities.csv", ctx => WriteAsync(ctx, async (grains, years, csv) =>
        {
            var directory = ctx.RequestServices.GetRequiredService<TenantDirectory>();
            var kinds = Enum.GetValues<ActivityKind>().Select(k => Snake(k.ToString())).ToList();
            csv.Header(new[] { "fiscal_year", "prefecture_code", "prefecture_name", "new_cases", "contacts", "active_cases", "outreach_visits" }
                .Concat(kinds.SelectMany(k => new[] { k + "_sessions", k + "_participants", k + "_first_time_participants" })));
            foreach (var year in years)
            {
                var table = await grains.Grain<INationalStatisticsGrain>(INationalStatisticsGrain.Key).GetTable(year);
                foreach (var row in table.Prefectures)
                {
                    csv.Row(Row(year, row.PrefectureCode, directory.Prefecture(row.PrefectureCode)!.Name, row.Sheet));
                }

                csv.Row(Row(year, "00", "全国", table.Nation));
            }
        }));
        return endpoints;
    }

    private static async Task WriteAsync(HttpContext context, Func<IGrainFactory, IReadOnlyList<int>, CsvTable, Task> write)
    {
        // Each table is built from grain calls: the callers' buckets of /graphql cover it too.
        if (!await context.RequestServices.GetRequiredService<IRequestAdmission>().AdmitAsync(context))
        {
            return;
        }

        var years = new List<int>();
        foreach (var part in (context.Request.Query["fiscalYear"].ToString()).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !Tenants.Common.FiscalYear.IsValid(year) || years.Count >= 20)
            {
                years.Clear();
                break;
            }

            years.Add(year);
        }

        if (years.Count == 0)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync($"fiscalYear must name 1 to 20 fiscal years between {Tenants.Common.FiscalYear.Min} and {Tenants.Common.FiscalYear.Max}, e.g. ?fiscalYear=2023 or ?fiscalYear=2022,2023.");
            return;
        }

        // ?headers= names what it changes (the column labels); ?lang= is the older name. Both
        // given must agree.
        var (headers, lang) = (context.Request.Query["headers"].ToString(), context.Request.Query["lang"].ToString());
        var japanese = (headers, lang) switch
        {
            ("" or "en", "" or "en") => (bool?)false,
            ("ja", "" or "ja") or ("", "ja") => true,
            _ => null,
        };
        var codes = context.Request.Query["codes"].ToString();
        if (japanese is null || codes is not ("" or "excel" or "plain"))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("headers (or lang) may be ja or en, both the same when both are given; codes may be excel or plain.");
            return;
        }

        var csv = new CsvTable();
        await write(context.RequestServices.GetRequiredService<IGrainFactory>(), years, csv);
        var name = System.IO.Path.GetFileNameWithoutExtension(context.Request.Path.Value) + "-" + string.Join('-', years) + (japanese.Value ? "-ja" : "") + ".csv";
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = name, FileNameStar = name }.ToString();
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetPreamble());
        await context.Response.WriteAsync(csv.Write(japanese.Value, excelCodes: codes != "plain"), Encoding.UTF8);
    }

    private static IEnumerable<string> Row(int year, string code, string name, StatisticsSheet sheet) =>
        new[] { year.ToString(CultureInfo.InvariantCulture), code, name, sheet.NewCases.Text, sheet.Contacts.Text, sheet.ActiveCases.Text, sheet.OutreachVisits.Text }
            .Concat(sheet.Activities.SelectMany(a => new[] { a.Sessions.ToString(CultureInfo.InvariantCulture), a.Participants.Text, a.FirstTimeParticipants.Text }));

    private static string[] Numbers(params int[] values) => [.. values.Select(v => v.ToString(CultureInfo.InvariantCulture))];

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
