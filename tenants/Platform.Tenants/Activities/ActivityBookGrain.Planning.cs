namespace Platform.Tenants.Activities;

/// <summary>Planned activities (announced, then held or cancelled) and the life of places of belonging.</summary>
public sealed partial class ActivityBookGrain
{
    /// <summary>The kinds that are planned ahead: seminars and meetings, events and sessions.</summary>
    public static readonly ImmutableHashSet<ActivityKind> PlannableKinds =
    [
        ActivityKind.PlaceOfBelongingSession, ActivityKind.PeerGroupMeeting, ActivityKind.FamilyGroupMeeting,
        ActivityKind.AwarenessEvent, ActivityKind.NetworkMeeting, ActivityKind.StaffTraining,
    ];

    /// <inheritdoc />
    public Task<PlannedActivityResult> Plan(ActivityKind kind, DateOnly plannedOn, string? placeId, string? title, string? clientMutationId) =>
        Planning(clientMutationId, "plan", () =>
        {
            if (!PlannableKinds.Contains(kind))
            {
                return PlannedActivityResult.Fail("KIND_NOT_PLANNABLE", $"A {kind} is recorded when done, not planned.", "kind");
            }

            if (plannedOn < Today())
            {
                return PlannedActivityResult.Fail("DATE_IN_PAST", "plannedOn is today or later; record what took place with recordActivity.", "plannedOn");
            }

            if (plannedOn > Today().AddYears(2))
            {
                return PlannedActivityResult.Fail("DATE_OUT_OF_RANGE", "plannedOn may be at most two years ahead.", "plannedOn");
            }

            if (title is { Length: > DirectoryRules.MaxText })
            {
                return PlannedActivityResult.Fail("TOO_LONG", $"title may have at most {DirectoryRules.MaxText} characters.", "title");
            }

            if ((kind == ActivityKind.PlaceOfBelongingSession) != (placeId is not null))
            {
                return PlannedActivityResult.Fail("PLACE_REQUIRED", "A place-of-belonging session, and only it, names its place.", "placeId");
            }

            if (placeId is not null && (!state.State.Places.TryGetValue(placeId, out var place) || place.ClosedOn is { } closed && closed < plannedOn))
            {
                return PlannedActivityResult.Fail("UNKNOWN_PLACE", "There is no open place of belonging with that id in this tenant.", "placeId");
            }

            return new(new PlannedActivity(NewId(), kind, plannedOn, placeId, title?.Trim(), PlannedActivityStatus.Planned, null, null), []);
        });

    /// <inheritdoc />
    public async Task<PlannedActivityResult> HoldPlanned(string plannedId, Activity held, string? clientMutationId)
    {
        var command = Command(clientMutationId, "plan-hold");
        if (AppliedPlan(command) is { } earlier)
        {
            return earlier;
        }

        if (OpenPlan(plannedId) is { Errors.IsEmpty: false } refusal)
        {
            return refusal;
        }

        var planned = state.State.Planned[plannedId];
        // Recorded as any activity is: the same rules, and from here on it counts.
        // The id makes a retry after a failed store reach the same activity, not a second one.
        var recorded = await Record(held with { Kind = planned.Kind, PlaceId = planned.PlaceId }, $"planned:{plannedId}");
        if (recorded.Activity is not { } activity)
        {
            return new(null, recorded.Errors);
        }

        var done = planned with { Status = PlannedActivityStatus.Held, ActivityId = activity.Id };
        return await command.Apply(plannedId, () => state.State.Planned[plannedId] = done, new PlannedActivityResult(done, []));
    }

    /// <inheritdoc />
    public Task<PlannedActivityResult> CancelPlanned(string plannedId, string reason, string? clientMutationId) =>
        Planning(clientMutationId, "cancel", () =>
            OpenPlan(plannedId) is { Errors.IsEmpty: false } refusal ? refusal
                : string.IsNullOrWhiteSpace(reason) ? PlannedActivityResult.Fail("REASON_REQUIRED", "Say why it is cancelled.", "reason")
                : reason.Length > MaxReason ? PlannedActivityResult.Fail("TOO_LONG", $"reason may have at most {MaxReason} characters.", "reason")
                : new(state.State.Planned[plannedId] with { Status = PlannedActivityStatus.Cancelled, CancelReason = reason.Trim() }, []));

    /// <inheritdoc />
    public Task<ImmutableArray<PlannedActivity>> GetPlanned(int fiscalYear) =>
        Task.FromResult<ImmutableArray<PlannedActivity>>([.. state.State.Planned.Values
            .Where(p => FiscalYear.Of(p.PlannedOn) == fiscalYear).OrderBy(p => p.PlannedOn).ThenBy(p => p.Id, StringComparer.Ordinal)]);

    /// <inheritdoc />
    public Task<PlaceResult> UpdatePlace(PlaceOfBelonging place, string? clientMutationId) =>
        PlaceChange(clientMutationId is null ? null : $"update:{clientMutationId}", place.Id, existing =>
        {
            var errors = DirectoryRules.Validate(place);
            return errors.IsEmpty ? new(place with { ClosedOn = existing.ClosedOn }, []) : new(null, errors);
        });

    /// <inheritdoc />
    public Task<PlaceResult> ClosePlace(string placeId, DateOnly closedOn, string? clientMutationId) =>
        PlaceChange(clientMutationId is null ? null : $"close:{clientMutationId}", placeId, existing =>
            existing.ClosedOn is not null ? new(null, [new UserError("PLACE_CLOSED", "The place of belonging is closed already.", ["input", "placeId"])])
                : closedOn > Today().AddYears(1) ? new(null, [new UserError("DATE_OUT_OF_RANGE", "closedOn may be at most a year ahead.", ["input", "closedOn"])])
                : new(existing with { ClosedOn = closedOn }, []));

    private PlannedActivityResult OpenPlan(string plannedId) =>
        !state.State.Planned.TryGetValue(plannedId, out var planned)
            ? PlannedActivityResult.Fail("PLANNED_ACTIVITY_NOT_FOUND", "The caller's tenant has no planned activity with this id.", "plannedActivityId")
            : planned.Status != PlannedActivityStatus.Planned
                ? PlannedActivityResult.Fail("NOT_PLANNED", $"The activity is {planned.Status} already.", "plannedActivityId")
                : new(planned, []);

    // A retried planning command answers with the plan as it stands now.
    private PlannedActivityResult? AppliedPlan(ClientCommand<ActivityBookState> command) =>
        command.WasApplied(out var id) && state.State.Planned.TryGetValue(id, out var planned) ? new(planned, []) : null;

    private async Task<PlannedActivityResult> Planning(string? clientMutationId, string what, Func<PlannedActivityResult> apply)
    {
        var command = Command(clientMutationId, $"plan-{what}");
        if (AppliedPlan(command) is { } earlier)
        {
            return earlier;
        }

        var result = apply();
        return result.Planned is not { } planned ? result : await command.Apply(planned.Id, () => state.State.Planned[planned.Id] = planned, result);
    }

    private async Task<PlaceResult> PlaceChange(string? replyKeySuffix, string placeId, Func<PlaceOfBelonging, PlaceResult> apply)
    {
        var command = Command(replyKeySuffix, "place-change");
        if (command.WasApplied(out var changedId) && state.State.Places.TryGetValue(changedId, out var changed))
        {
            // A retry answers with the place as it is now, never a stored reply.
            return new(changed, []);
        }

        if (!state.State.Places.TryGetValue(placeId, out var existing))
        {
            return new(null, [new UserError("UNKNOWN_PLACE", "There is no registered place of belonging with that id in this tenant.", ["input", "placeId"])]);
        }

        var result = apply(existing);
        return result.Place is not { } place ? result : await command.Apply(placeId, () => state.State.Places[placeId] = place, result);
    }
}
