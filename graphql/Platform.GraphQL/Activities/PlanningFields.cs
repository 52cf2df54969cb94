using System.Collections.Immutable;
using Platform.GraphQL.Activities.Types;

namespace Platform.GraphQL.Activities;

/// <summary>
/// Planned activities and the life of places of belonging: planActivity, holdPlannedActivity,
/// cancelPlannedActivity, updatePlaceOfBelonging, closePlaceOfBelonging, and
/// <c>plannedActivities</c> on municipalities and prefectures. The caller's own tenant's book.
/// </summary>
internal static class PlanningFields
{
    private static readonly string[] Planners = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer];
    private static readonly string[] PlaceKeepers = [Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer];

    /// <summary>Adds <c>plannedActivities</c> to the municipality type.</summary>
    public static void AddTo(ObjectGraphType<MunicipalityInfo> type) => AddReading(type, m => m.Code);

    /// <summary>Adds <c>plannedActivities</c> to the prefecture type.</summary>
    public static void AddTo(ObjectGraphType<PrefectureInfo> type) => AddReading(type, p => p.LgCode);

    /// <summary>Adds the mutations.</summary>
    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Mutation<PlanActivityInputType, PlanningInput, PlannedActivity>("planActivity", Planned("PlanActivityPayload"), Planners,
            "Plans a seminar, meeting, event or session for a day; it counts nowhere until held.",
            (ctx, i) => PlanAsync(ctx, nameof(IActivityBookGrain.Plan), book => book.Plan(i.Kind, i.PlannedOn, Text.OrNull(i.PlaceId), Text.OrNull(i.Title), i.ClientMutationId)));
        mutation.Mutation<HoldPlannedActivityInputType, PlanningInput, PlannedActivity>("holdPlannedActivity", Planned("HoldPlannedActivityPayload"), Planners,
            "Records that a planned activity took place, with its attendance: from now on it counts.",
            (ctx, i) => PlanAsync(ctx, nameof(IActivityBookGrain.HoldPlanned), book => book.HoldPlanned(i.PlannedActivityId, new Activity(
                "", default, i.HeldOn, i.Participants, i.FirstTimeParticipants, null, i.AgenciesPresent, i.MunicipalPlatform ?? false, i.FamilySeminar ?? false,
                (i.Trainees ?? []).GroupBy(t => t.AgencyType).ToImmutableSortedDictionary(g => g.Key, g => g.Sum(t => t.Count)), null), i.ClientMutationId)));
        mutation.Mutation<CancelPlannedActivityInputType, PlanningInput, PlannedActivity>("cancelPlannedActivity", Planned("CancelPlannedActivityPayload"), Planners,
            "Calls off a planned activity, with a reason.",
            (ctx, i) => PlanAsync(ctx, nameof(IActivityBookGrain.CancelPlanned), book => book.CancelPlanned(i.PlannedActivityId, i.Reason, i.ClientMutationId)));
        mutation.Mutation<UpdatePlaceOfBelongingInputType, PlaceChangeInput, PlaceOfBelonging>("updatePlaceOfBelonging", Place("UpdatePlaceOfBelongingPayload"), PlaceKeepers,
            "Changes a place of belonging's name, address, schedule or publicity.",
            (ctx, i) => PlaceAsync(ctx, nameof(IActivityBookGrain.UpdatePlace), book => book.UpdatePlace(new PlaceOfBelonging(i.PlaceId, i.Name.Trim(), Text.OrNull(i.Address), Text.OrNull(i.Schedule), i.IsPublic), i.ClientMutationId)));
        mutation.Mutation<ClosePlaceOfBelongingInputType, PlaceChangeInput, PlaceOfBelonging>("closePlaceOfBelonging", Place("ClosePlaceOfBelongingPayload"), PlaceKeepers,
            "Closes a place of belonging: it leaves the public directory and takes no sessions after the day.",
            (ctx, i) => PlaceAsync(ctx, nameof(IActivityBookGrain.ClosePlace), book => book.ClosePlace(i.PlaceId, i.ClosedOn, i.ClientMutationId)));
    }

    private static void AddReading<T>(ObjectGraphType<T> type, Func<T, string> tenantOf) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlannedActivityType>>>, IEnumerable<PlannedActivity>>("plannedActivities")
            .Description("Activities planned for days of a fiscal year (planned, held or cancelled), by day; for the tenant's own staff and its prefecture's.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .ResolveAsync(async ctx =>
            {
                var year = ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear"));
                var book = await ActivityAccess.ReaderBookAsync(ctx, tenantOf(ctx.Source), nameof(IActivityBookGrain.GetPlanned));
                return await GrainCalls.CallAsync(() => book.GetPlanned(year));
            });

    private static PayloadType<PlannedActivityType, PlannedActivity> Planned(string name) =>
        new(name, "plannedActivity", "As it now stands; null when errors is not empty.");

    private static PayloadType<PlaceOfBelongingType, PlaceOfBelonging> Place(string name) => new(name, "placeOfBelonging");

    private static async Task<Reply<PlannedActivity>> PlanAsync(IResolveFieldContext ctx, string method, Func<IActivityBookGrain, Task<PlannedActivityResult>> change)
    {
        var result = await change(await ActivityAccess.BookAsync(ctx, method));
        return new(result.Planned, result.Errors);
    }

    private static async Task<Reply<PlaceOfBelonging>> PlaceAsync(IResolveFieldContext ctx, string method, Func<IActivityBookGrain, Task<PlaceResult>> change)
    {
        var result = await change(await ActivityAccess.BookAsync(ctx, method));
        return new(result.Place, result.Errors);
    }
}
