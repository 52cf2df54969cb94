using Platform.Tenants.PrefecturalSupport;

namespace Platform.Tenants.Satellites;

/// <summary>Status by date, the transition alerts, and the reports to the prefecture's index.</summary>
public sealed partial class SatelliteGrain
{
    /// <inheritdoc />
    public async Task CheckAlerts()
    {
        if (state.State.Satellite is not { } satellite)
        {
            return;
        }

        var today = Today();
        var refreshed = satellite.AsOf(today);
        var raised = RaiseDue(today);
        if (refreshed != satellite || raised)
        {
            state.State.Satellite = refreshed;
            state.State.ReportPending |= refreshed != satellite;
            await state.WriteStateAsync();
        }

        if (!refreshed.IsActive)
        {
            await StopReminder();
        }

        await Report();
    }

    /// <summary>
    /// Adds the most urgent alert that is due today and was not raised for the current planned
    /// date: overdue after the date, else the smallest threshold (180, 90, 30 days) reached. A
    /// check that comes late (a silo was down) raises the alert of today, not the ones it missed.
    /// </summary>
    private bool RaiseDue(DateOnly today)
    {
        if (state.State.Satellite is not { IsActive: true } satellite)
        {
            return false;
        }

        var days = satellite.PlannedTransitionOn.DayNumber - today.DayNumber;
        SatelliteAlertKind? kind = days < 0
            ? SatelliteAlertKind.Overdue
            : SatelliteOptions.AlertThresholds.Where(t => days <= t.Days).Select(t => (SatelliteAlertKind?)t.Kind).FirstOrDefault();
        if (kind is null)
        {
            return false;
        }

        var alert = new SatelliteAlert(_id, satellite.MunicipalityCode, kind.Value, satellite.PlannedTransitionOn, today);
        if (!state.State.RaisedAlerts.Add(alert.Key))
        {
            return false;
        }

        logger.LogInformation("Satellite {Satellite} of prefecture {Prefecture}: alert {Kind} for {Planned}", _id, _prefecture.Code, kind, satellite.PlannedTransitionOn);
        state.State.PendingAlerts.Add(alert);
        return true;
    }

    private async Task StopReminder()
    {
        if (await this.GetReminder(AlertReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private async Task Report()
    {
        if (!state.State.ReportPending && state.State.PendingAlerts.Count == 0)
        {
            return;
        }

        await this.SendOrRetry(
            async () =>
            {
                var support = GrainFactory.Grain<IPrefecturalSupportGrain>(_prefecture.Code);
                using (CallerContext.EnterSystem(signer))
                {
                    if (state.State.ReportPending && state.State.Satellite is { } satellite)
                    {
                        await support.ReportSatellite(satellite.AsOf(Today()));
                    }

                    if (state.State.PendingAlerts.Count > 0)
                    {
                        await support.RaiseAlerts([.. state.State.PendingAlerts]);
                    }
                }

                // Cleared in memory only; stored with the next change. A report sent again after a
                // restart sets the same entry and the same alerts, so nothing counts twice.
                state.State.ReportPending = false;
                state.State.PendingAlerts.Clear();
            },
            Report,
            logger,
            "Satellite {Satellite} could not report to prefecture {Prefecture}; it will be retried",
            _id, _prefecture.Code);
    }
}
