namespace Platform.Tenants.Activities;

/// <summary>Taking back an activity recorded by mistake.</summary>
public sealed partial class ActivityBookGrain
{
    /// <summary>The longest reason for a withdrawal.</summary>
    public const int MaxReason = 1000;

    /// <inheritdoc />
    public async Task<ActivityResult> Withdraw(string activityId, string reason, string? clientMutationId)
    {
        var caller = CallerOf();
        var command = ClientCommand.Of(state, caller, clientMutationId, logger, "withdraw");
        if (command.WasApplied(out var withdrawnId))
        {
            return AppliedActivity(withdrawnId);
        }

        if (!state.State.Activities.TryGetValue(activityId, out var activity))
        {
            return Refusal("ACTIVITY_NOT_FOUND", "The caller's tenant has no recorded activity with this id.", "activityId");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refusal("REASON_REQUIRED", "Say why the activity is withdrawn; it is kept with it.", "reason");
        }

        if (reason.Length > MaxReason)
        {
            return Refusal("TOO_LONG", $"reason may have at most {MaxReason} characters.", "reason");
        }

        // Its month and fiscal year are counted again without it, and reported like any change.
        var result = await command.Apply(
            activity.Id,
            () =>
            {
                state.State.Activities.Remove(activityId);
                state.State.Withdrawn.Add(new WithdrawnActivity(activity, reason.Trim(), caller.Subject, clock.GetUtcNow()));
                CountAgain(activity);
            },
            new ActivityResult(activity, []));
        await RollUp();
        return result;
    }

    // A command applied before is answered with the activity as it stands now: recorded, or as it
    // was when withdrawn; never a stored reply.
    private ActivityResult AppliedActivity(string activityId) =>
        state.State.Activities.TryGetValue(activityId, out var recorded) ? new ActivityResult(recorded, [])
        : state.State.Withdrawn.LastOrDefault(w => w.Activity.Id == activityId) is { } withdrawn ? new ActivityResult(withdrawn.Activity, [])
        : Refusal("ACTIVITY_NOT_FOUND", "The activity this request made is gone.", "activityId");

    private static ActivityResult Refusal(string code, string message, string field) =>
        new(null, [new UserError(code, message, ["input", field])]);
}
