using Microsoft.Extensions.Options;
using Platform.Tenants.Nation;

namespace Platform.Tenants.Statistics;

/// <summary>
/// The published national table: reads the 47 prefectures' figures (47 calls, never a
/// municipality) and suppresses them together. Published figures are snapshots, one per period
/// (<see cref="StatisticsOptions.PublishPeriod"/>), never the live figures: were they live, a
/// tenant could read the table, record one case and read it again, and learn from the difference
/// what its neighbours' figures are. A durable reminder takes each year's table anew when a
/// period begins; a year first read in a period is taken then.
/// </summary>
public sealed class NationalStatisticsGrain(
    [PersistentState("national-statistics", StorageNames.Platform)] IPersistentState<NationalStatisticsState> state,
    TenantDirectory directory,
    CallerSigner signer,
    PlatformClock clock,
    IOptions<StatisticsOptions> options) : Grain, INationalStatisticsGrain, IRemindable
{
    /// <summary>The reminder that takes the tables anew when a period begins.</summary>
    public const string PublishReminder = "publish-statistics";

    private int CurrentPeriod => options.Value.PeriodOf(JapanDate.Today(clock));

    /// <inheritdoc />
    public async Task<NationalTable> GetTable(int fiscalYear)
    {
        if (state.State.Tables.TryGetValue(fiscalYear, out var published) && published.Period == CurrentPeriod)
        {
            return published.Table;
        }

        var table = await Publish(fiscalYear);
        await state.WriteStateAsync();

        // Durable: the reminder lives in the reminder table and fires after restarts too.
        await this.RegisterOrUpdateReminder(PublishReminder, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));
        return table;
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != PublishReminder)
        {
            return;
        }

        var stale = state.State.Tables.Where(t => t.Value.Period != CurrentPeriod).Select(t => t.Key).ToList();
        foreach (var year in stale)
        {
            await Publish(year);
        }

        if (stale.Count > 0)
        {
            await state.WriteStateAsync();
        }
    }

    private async Task<NationalTable> Publish(int fiscalYear)
    {
        var period = CurrentPeriod;
        var rules = options.Value.Rules;
        var prefectures = directory.Prefectures;
        AreaFigures[] figures;
        using (CallerContext.EnterSystem(signer))
        {
            figures = await Task.WhenAll(prefectures.Select(p => GrainFactory.Grain<IPrefectureActivityGrain>(p.Code).GetFigures(fiscalYear, null)));
        }

        var nation = GrainFactory.Grain<INationGrain>(INationGrain.Key);
        var table = NationalTables.Publish(
            fiscalYear,
            [.. prefectures.Select((p, i) => (p.Code, figures[i]))],
            await nation.GetProgramSummary(fiscalYear),
            await nation.GetRequestStatusSummary(fiscalYear),
            rules);
        state.State.Tables[fiscalYear] = new PublishedTable(period, table);
        return table;
    }
}
