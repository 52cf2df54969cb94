namespace Platform.Tenants.Satellites;

/// <summary>
/// How every change of a satellite is made: a retry is answered with the satellite as it stands,
/// the checks decide, and the change is audited, applied, remembered with its command and stored
/// in one write, then reported to the prefecture.
/// </summary>
public sealed partial class SatelliteGrain
{
    private async Task<SatelliteResult> Change(string? clientMutationId, string action, Func<SatelliteRecord, Caller, DateOnly, SatelliteResult> apply)
    {
        var caller = Caller();
        var command = ClientCommand.Of(state, caller, clientMutationId, logger);
        if (Opening(command) is { } answer)
        {
            return answer;
        }

        var satellite = state.State.Satellite!;
        if (state.State.PendingTransition is not null)
        {
            return SatelliteResult.Fail("TRANSITION_IN_PROGRESS", "A transition has begun; repeat transitionSatellite to finish it.", "input", "satelliteId");
        }

        var today = Today();
        var result = apply(satellite.AsOf(today), caller, today);
        return result.Satellite is null ? result : await Commit(command, result, caller, action, today);
    }

    // What every change answers before its own checks: a command applied before gets the
    // satellite as it stands now (never a stored reply); a satellite that does not exist, a refusal.
    private SatelliteResult? Opening(ClientCommand<SatelliteState> command) =>
        command.WasApplied(out _) && state.State.Satellite is { } satellite ? new SatelliteResult(satellite.AsOf(Today()), [])
        : state.State.Satellite is null ? SatelliteResult.Fail("SATELLITE_NOT_FOUND", "There is no satellite with this id.", "input", "satelliteId")
        : null;

    private async Task<SatelliteResult> Commit(ClientCommand<SatelliteState> command, SatelliteResult result, Caller caller, string action, DateOnly today)
    {
        await command.Apply(
            _id,
            () =>
            {
                state.State.Satellite = result.Satellite;
                state.State.PendingTransition = null;
                state.State.ReportPending = true;
                RaiseDue(today);
            },
            result,
            outcome => Audit(caller, action, outcome));
        if (!result.Satellite!.IsActive)
        {
            await StopReminder();
        }

        await Report();
        return result;
    }
}
