using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Cases;

/// <summary>caseStatistics counts what the caseworkers did, without personal data.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseStatisticsTests(PlatformFixture fixture)
{
    private const string Statistics = """
        query($fiscalYear: Int!, $month: Int) {
          caseStatistics(fiscalYear: $fiscalYear, month: $month) {
            fiscalYear month newCases activeCases households8050
            contactsByChannel { channel count } newCasesByAgeBand { ageBand count } newCasesByGender { gender count }
            referralsByDestination { destination count } closuresByReason { reason count }
          }
        }
        """;

    [Fact]
    public async Task CaseStatistics_CountWhatTheTestDid_ForTheYearAndTheMonth()
    {
        var tenant = CaseTenants.Next();
        var worker = new CaseApi(fixture.Host, tenant);
        var today = Today;
        var fiftyish = await worker.OpenAsync(new { openedOn = Iso(today), referralSource = "FAMILY", subject = new { birthYear = today.Year - 52, gender = "MALE" }, household = new { is8050 = true } });
        var twenties = await worker.OpenAsync(new { openedOn = Iso(today), referralSource = "PERSON", subject = new { ageBand = "FROM_20_TO_29", gender = "FEMALE" } });
        var unknown = await worker.OpenAsync(new { openedOn = Iso(today), referralSource = "COMMUNITY_VOLUNTEER" });
        var at = Iso(Now.AddSeconds(-30));
        await worker.ChangeAsync("recordContact", new { caseId = (string)fiftyish["id"]!, at, channel = "PHONE", with = "FAMILY" });
        await worker.ChangeAsync("recordContact", new { caseId = (string)fiftyish["id"]!, at, channel = "HOME_VISIT", with = "BOTH" });
        await worker.ChangeAsync("recordContact", new { caseId = (string)twenties["id"]!, at, channel = "PHONE", with = "PERSON" });
        await worker.ChangeAsync("referCase", new { caseId = (string)twenties["id"]!, destination = "YOUTH_SUPPORT_STATION", referredOn = Iso(today) });
        await worker.ChangeAsync("closeCase", new { caseId = (string)unknown["id"]!, closedOn = Iso(today), reason = "WORK" });

        // A refused change counts nothing.
        await worker.RefusedAsync("recordContact", new { caseId = (string)twenties["id"]!, at = Iso(Now.AddDays(2)), channel = "EMAIL", with = "PERSON" });

        var supervisor = new CaseApi(fixture.Host, tenant, Roles.Supervisor);
        var fiscalYear = FiscalYear.Of(today);
        foreach (var month in new int?[] { null, today.Month })
        {
            var stats = (await supervisor.QueryAsync(Statistics, new { fiscalYear, month }))["caseStatistics"]!;
            Assert.Equal(fiscalYear, (int)stats["fiscalYear"]!);
            Assert.Equal(month, (int?)stats["month"]);
            Assert.Equal(3, (int)stats["newCases"]!);
            Assert.Equal(2, (int)stats["activeCases"]!);
            Assert.Equal(1, (int)stats["households8050"]!);
            Assert.Equal(Counts(("HOME_VISIT", 1), ("PHONE", 2)), Counts(stats["contactsByChannel"]!, "channel"));
            Assert.Equal(Counts(("FROM_20_TO_29", 1), ("FROM_50_TO_59", 1), ("UNKNOWN", 1)), Counts(stats["newCasesByAgeBand"]!, "ageBand"));
            Assert.Equal(Counts(("FEMALE", 1), ("MALE", 1), ("UNKNOWN", 1)), Counts(stats["newCasesByGender"]!, "gender"));
            Assert.Equal(Counts(("YOUTH_SUPPORT_STATION", 1)), Counts(stats["referralsByDestination"]!, "destination"));
            Assert.Equal(Counts(("WORK", 1)), Counts(stats["closuresByReason"]!, "reason"));
        }

        var previousYear = (await supervisor.QueryAsync(Statistics, new { fiscalYear = fiscalYear - 1 }))["caseStatistics"]!;
        Assert.Equal(0, (int)previousYear["newCases"]!);

        Assert.Equal("BAD_USER_INPUT", ErrorCode(await supervisor.PostAsync(Statistics, new { fiscalYear, month = 13 })));
        Assert.Equal("FORBIDDEN", ErrorCode(await worker.PostAsync(Statistics, new { fiscalYear })));
    }

    private static Dictionary<string, int> Counts(params (string Key, int Count)[] counts) => counts.ToDictionary(c => c.Key, c => c.Count);

    private static Dictionary<string, int> Counts(JsonNode list, string key) =>
        list.AsArray().ToDictionary(c => (string)c![key]!, c => (int)c!["count"]!);
}
