namespace Platform.Tenants.Satellites;

/// <summary>The handover of a satellite to its municipality.</summary>
public sealed partial class SatelliteGrain
{
    /// <inheritdoc />
    public async Task<SatelliteResult> Transition(SatelliteTransition transition, string? clientMutationId)
    {
        var caller = Caller();
        var command = ClientCommand.Of(state, caller, clientMutationId, logger);
        if (Opening(command) is { } answer)
        {
            return answer;
        }

        var today = Today();
        var satellite = state.State.Satellite!.AsOf(today);
        if (state.State.PendingTransition is null)
        {
            if (satellite.Status != SatelliteStatus.Operating)
            {
                return SatelliteResult.Fail("SATELLITE_NOT_OPERATING", $"Only an operating satellite can be handed over; this one is {satellite.Status}.", "input", "satelliteId");
            }

            if (DateError(satellite, transition.TransitionedOn, today, "transitionedOn") is { } dateError)
            {
                return dateError;
            }

            var errors = DesignationRules.Validate(Designation(transition), forPrefecture: false);
            if (!errors.IsEmpty)
            {
                return new SatelliteResult(null, errors);
            }

            // Begun: stored before any other grain is touched, so a retry after a failure below
            // finishes this transition (each step is safe to repeat) rather than half of another.
            state.State.PendingTransition = transition;
            await state.WriteStateAsync();
        }

        var begun = state.State.PendingTransition!;
        var designated = await GrainFactory.Grain<IMunicipalityGrain>(satellite.MunicipalityCode).Designate(Designation(begun));
        if (!designated.Errors.IsEmpty)
        {
            state.State.PendingTransition = null;
            await state.WriteStateAsync();
            return new SatelliteResult(null, designated.Errors);
        }

        var (transferred, followUp) = await TransferCases(satellite.MunicipalityCode);
        var handedOver = satellite with
        {
            Status = SatelliteStatus.Transitioned,
            TransitionedOn = begun.TransitionedOn,
            History = satellite.History.Add(new SatelliteEvent(SatelliteEventKind.Transitioned, begun.TransitionedOn, caller.Subject, null, satellite.PlannedTransitionOn)),
            TransferredCaseIds = [.. transferred],
            FollowUpCaseIds = [.. followUp],
        };
        return await Commit(command, new SatelliteResult(handedOver, []), caller, "satellite.transition", today);
    }

    private ProgramDesignation Designation(SatelliteTransition transition) => new(
        FiscalYear.Of(transition.TransitionedOn), transition.Tier, transition.Functions, transition.Operator,
        $"satellite-transition:{_prefecture.LgCode}/{_id}");

    /// <summary>
    /// Transfers each open case with a transfer consent in force to the municipality; open cases
    /// without one stay with the prefecture and are listed for follow-up. Closed cases stay
    /// without follow-up. A repeated transfer returns its first reply, so a retry is safe.
    /// </summary>
    private async Task<(List<string> Transferred, List<string> FollowUp)> TransferCases(string municipalityCode)
    {
        var transferred = new List<string>();
        var followUp = new List<string>();
        using (CallerContext.EnterSystem(signer))
        {
            foreach (var caseId in state.State.CaseIds)
            {
                var result = await GrainFactory.Grain<ICaseGrain>($"{_prefecture.LgCode}/{caseId}")
                    .Transfer(municipalityCode, $"satellite-transition:{_id}");
                if (result.Errors.IsEmpty)
                {
                    transferred.Add(caseId);
                }
                else if (result.Errors[0].Code == "TRANSFER_CONSENT_REQUIRED")
                {
                    followUp.Add(caseId);
                }
            }
        }

        return (transferred, followUp);
    }
}
