using Platform.Tenants.Statistics;

namespace Platform.Tenants.Activities;

/// <summary>
/// A tenant's activity book: records activities, places of belonging and the consultation desk,
/// and rolls the monthly tallies up to the prefecture (pending months stored with each change,
/// re-sent on activation; reports replace, so a re-send never counts twice).
/// </summary>
public sealed partial class ActivityBookGrain(
    [PersistentState("activity-book", StorageNames.Platform)] IPersistentState<ActivityBookState> state,
    TenantDirectory directory,
    CallerSigner signer,
    PlatformClock clock,
    ILogger<ActivityBookGrain> logger) : Grain, IActivityBookGrain
{
    private string Tenant => this.GetPrimaryKeyString();

    private MunicipalityInfo? Municipality => directory.Municipality(Tenant);

    // The prefecture the tenant belongs to (or is); null for a key that names no tenant, which the
    // call filter refuses to everyone but the platform.
    private PrefectureInfo? Prefecture => Municipality is { } m ? directory.Prefecture(m.PrefectureCode) : directory.PrefectureByLgCode(Tenant);

    private bool PrefectureLevel => Municipality is null or { IsDesignatedCity: true };

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Set before any write: the storage encrypts the state with this tenant's key.
        state.State.TenantCode = Tenant;
        if (state.State.FormerActivityReplies.Entries.Count > 0 || state.State.FormerPlaceReplies.Entries.Count > 0 || state.State.FormerDeskReplies.Entries.Count > 0)
        {
            // Whole replies, as earlier versions kept them: a retry now re-reads what it made.
            state.State.FormerActivityReplies = new();
            state.State.FormerPlaceReplies = new();
            state.State.FormerDeskReplies = new();
            await state.WriteStateAsync();
        }

        await CarryDeskForward();
        await RollUp();
    }

    /// <inheritdoc />
    public async Task<ActivityResult> Record(Activity activity, string? clientMutationId)
    {
        var command = Command(clientMutationId, "activity");
        if (command.WasApplied(out var recordedId))
        {
            return AppliedActivity(recordedId);
        }

        var errors = ActivityRules.Validate(activity, Today(), state.State.Places, PrefectureLevel);
        if (!errors.IsEmpty)
        {
            return new ActivityResult(null, errors);
        }

        var stored = activity with { Id = NewId() };
        var result = await command.Apply(
            stored.Id,
            () =>
            {
                state.State.Activities[stored.Id] = stored;
                CountAgain(stored);
            },
            new ActivityResult(stored, []));
        await RollUp();
        return result;
    }

    /// <inheritdoc />
    public async Task<PlaceResult> RegisterPlace(PlaceOfBelonging place, string? clientMutationId)
    {
        var command = Command(clientMutationId, "place");
        if (command.WasApplied(out var placeId))
        {
            return state.State.Places.TryGetValue(placeId, out var again)
                ? new PlaceResult(again, [])
                : new PlaceResult(null, [new UserError("PLACE_NOT_FOUND", "The place this request registered is gone.", ["input", "name"])]);
        }

        var errors = DirectoryRules.Validate(place);
        if (!errors.IsEmpty)
        {
            return new PlaceResult(null, errors);
        }

        var stored = place with { Id = NewId() };
        return await command.Apply(stored.Id, () => state.State.Places[stored.Id] = stored, new PlaceResult(stored, []));
    }

    /// <inheritdoc />
    public async Task<DeskResult> SetDesk(ConsultationDesk desk, string? clientMutationId)
    {
        var command = Command(clientMutationId, "desk");
        if (command.WasApplied(out _) && state.State.Desk is { } current)
        {
            return new DeskResult(current, []);
        }

        var errors = DirectoryRules.Validate(desk);
        if (!errors.IsEmpty)
        {
            return new DeskResult(null, errors);
        }

        // A desk already clear keeps the day it became clear; publicising it later changes only that.
        var stored = desk with { Since = state.State.Desk?.Since ?? Today() };
        var result = await command.Apply(
            Tenant,
            () =>
            {
                state.State.Desk = stored;
                state.State.PendingRequestYears.Add(FiscalYear.Of(Today()));
                state.State.DeskReportedThrough = Math.Max(state.State.DeskReportedThrough, FiscalYear.Of(Today()));
            },
            new DeskResult(stored, []));

        // Durable: each new fiscal year is reported from the desk even if nothing else happens.
        await this.RegisterOrUpdateReminder(DeskReminder, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));
        await RollUp();
        return result;
    }

    private ClientCommand<ActivityBookState> Command(string? clientMutationId, string kind) =>
        ClientCommand.Of(state, CallerOf(), clientMutationId, logger, kind);

    // A recorded or withdrawn activity: its month and fiscal year are counted again and reported.
    private void CountAgain(Activity activity)
    {
        state.State.PendingMonths.Add(YearMonth.Of(activity.HeldOn).Number);
        state.State.PendingRequestYears.Add(FiscalYear.Of(activity.HeldOn));
    }

    private static Caller CallerOf() =>
        CallerContext.Current ?? throw new AccessDeniedException("This operation needs an authenticated caller.");

    private static string NewId() => Guid.NewGuid().ToString("N");

    private DateOnly Today() => JapanDate.Today(clock);

    private async Task RollUp()
    {
        if (Prefecture is not { } prefecture || (state.State.PendingMonths.Count == 0 && state.State.PendingRequestYears.Count == 0))
        {
            return;
        }

        await this.SendOrRetry(
            async () =>
            {
                var months = state.State.PendingMonths.ToArray();
                var years = state.State.PendingRequestYears.ToArray();
                using (CallerContext.EnterSystem(signer))
                {
                    if (months.Length > 0)
                    {
                        await GrainFactory.Grain<IPrefectureActivityGrain>(prefecture.Code)
                            .Report(Tenant, [.. months.Select(m => ActivityTallies.Month(state.State.Activities.Values, m))]);
                    }

                    await ReportRequestEvidence(years);
                }

                // Cleared in memory only; persisted with the next change. A re-send replaces.
                state.State.PendingMonths.ExceptWith(months);
                state.State.PendingRequestYears.ExceptWith(years);
            },
            RollUp,
            logger,
            "Activity roll-up of tenant {Tenant} failed; it will be retried",
            Tenant);
    }

    // Filled in by the request-evidence step (see ActivityBookGrain.Requests.cs).
    private partial Task ReportRequestEvidence(int[] years);
}
