using Platform.Tenants.Activities;
using Platform.Tenants.Municipalities;
using Platform.Tenants.Prefectures;

namespace Platform.Tests.Activities;

/// <summary>A consultation desk stays clear from one fiscal year to the next without any new record.</summary>
public sealed class DeskAcrossYearsTests
{
    [Fact]
    public async Task Desk_SetInOneFiscalYear_CountsInTheNextOnes_ForTheMunicipalityAndItsPrefecture()
    {
        var clock = new ShiftedClock();
        clock.SetToday(new DateOnly(2031, 5, 1));
        await using var host = await PlatformHost.StartAsync(null, clock: clock);
        var admin = new Caller("desk-admin", "012025", [Roles.TenantAdmin]);
        var book = host.Grains.GetGrain<IActivityBookGrain>("012025");
        var municipality = host.Grains.GetGrain<IMunicipalityGrain>("012025");
        var prefecture = host.Grains.GetGrain<IPrefectureGrain>("01");

        var set = await host.As(admin, () => book.SetDesk(new ConsultationDesk("ひきこもり相談窓口", "0138-00-0000", null, null, null, true, default), null));
        Assert.Empty(set.Errors);
        Assert.True((await municipality.GetRequestStatus(2031))!.DeskPublicized);
        Assert.Null(await municipality.GetRequestStatus(2033));

        // Two fiscal years later, with nothing recorded in between: the desk's daily check.
        clock.SetToday(new DateOnly(2033, 4, 2));
        await host.As(CallerContext.System, async () => { await book.CarryDeskForward(); return 0; });

        foreach (var year in new[] { 2032, 2033 })
        {
            var status = (await municipality.GetRequestStatus(year))!;
            Assert.True(status.DeskClarified && status.DeskPublicized, $"fiscal year {year}");
            Assert.Equal(1, (await prefecture.GetRequestStatusSummary(year)).DeskPublicized);
        }

        Assert.Null(await municipality.GetRequestStatus(2034));
    }

}
