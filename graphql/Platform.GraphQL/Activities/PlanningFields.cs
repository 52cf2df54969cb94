using System.Collections.Immutable;
using GraphQL;
using GraphQL.Types;
using Platform.GraphQL.Infrastructure;
using Platform.GraphQL.Types;
using Platform.Tenants.Activities;
using Platform.Tenants.Common;
using Platform.Tenants.Directory;

namespace Platform.GraphQL.Activities;

/// <summary>
/// Planned activities and the life of places of belonging: planActivity, holdPlannedActivity,
/// cancelPlannedActivity, updatePlaceOfBelonging, closePlaceOfBelonging, and
/// <c>plannedActivities</c> on municipalities and prefectures. The caller's own tenant's book.
/// </summary>
internal static class PlanningFields
{
    private static readonly string[] Planners = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer];

    /// <summary>Adds <c>plannedActivities</c> to the municipality type.</summary>
    public static void AddTo(ObjectGraphType<MunicipalityInfo> type) => AddReading(type, m => m.Code);

    /// <summary>Adds <c>plannedActivities</c> to the prefecture type.</summary>
    public static void AddTo(ObjectGraphType<PrefectureInfo> type) => AddReading(type, p => p.LgCode);

    /// <summary>Adds the mutations.</summary>
    public static void AddMutations(ObjectGraphType mutation)
    {
        Planning<PlanActivityPayloadType, PlanActivityInputType>(mutation, "planActivity", "Plans a seminar, meeting, event or session for a day; it counts nowhere until held.",
            (book, i) => book.Plan(i.Kind, i.PlannedOn, Trim(i.PlaceId), Trim(i.Title), i.ClientMutationId));
        Planning<HoldPlannedActivityPayloadType, HoldPlannedActivityInputType>(mutation, "holdPlannedActivity", "Records that a planned activity took place, with its attendance: from now on it counts.",
            (book, i) => book.HoldPlanned(i.PlannedActivityId, new Activity(
                "", default, i.HeldOn, i.Participants, i.FirstTimeParticipants, null, i.AgenciesPresent, i.MunicipalPlatform ?? false, i.FamilySeminar ?? false,
                (i.Trainees ?? []).GroupBy(t => t.AgencyType).ToImmutableSortedDictionary(g => g.Key, g => g.Sum(t => t.Count)), null), i.ClientMutationId));
        Planning<CancelPlannedActivityPayloadType, CancelPlannedActivityInputType>(mutation, "cancelPlannedActivity", "Calls off a planned activity, with a reason.",
            (book, i) => book.CancelPlanned(i.PlannedActivityId, i.Reason, i.ClientMutationId));
        Place<UpdatePlaceOfBelongingPayloadType, UpdatePlaceOfBelongingInputType>(mutation, "updatePlaceOfBelonging", "Changes a place of belonging's name, address, schedule or publicity.",
            (book, i) => book.UpdatePlace(new PlaceOfBelonging(i.PlaceId, i.Name.Trim(), Trim(i.Address), Trim(i.Schedule), i.IsPublic), i.ClientMutationId));
        Place<ClosePlaceOfBelongingPayloadType, ClosePlaceOfBelongingInputType>(mutation, "closePlaceOfBelonging", "Closes a place of belonging: it leaves the public directory and takes no sessions after the day.",
            (book, i) => book.ClosePlace(i.PlaceId, i.ClosedOn, i.ClientMutationId));
    }

    private static void AddReading<T>(ObjectGraphType<T> type, Func<T, string> tenantOf) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlannedActivityType>>>, IEnumerable<PlannedActivity>>("plannedActivities")
            .Description("Activities planned for days of a fiscal year (planned, held or cancelled), by day; for the tenant's own staff and its prefecture's.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .ResolveAsync(async ctx =>
            {
                var year = ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear"));
                await ActivityAccess.RequireReaderAsync(ctx, tenantOf(ctx.Source), Planners);
                return await GrainCalls.CallAsync(() => ctx.Grains().GetGrain<IActivityBookGrain>(tenantOf(ctx.Source)).GetPlanned(year));
            });

    private static void Planning<TPayload, TInput>(ObjectGraphType mutation, string name, string description, Func<IActivityBookGrain, PlanningInput, Task<PlannedActivityResult>> call)
        where TPayload : PlannedActivityPayloadType
        where TInput : InputObjectGraphType<PlanningInput> =>
        mutation.Field<NonNullGraphType<TPayload>, MutationPayload<PlannedActivity>>(name)
            .AuthorizeWithRoles(Planners)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<PlanningInput>("input");
                if (ClientMutationIds.TooLong(input.ClientMutationId) is { } tooLong)
                {
                    return MutationPayload<PlannedActivity>.Failed(null, tooLong);
                }

                var book = ctx.Grains().GetGrain<IActivityBookGrain>(await ActivityAccess.CallerTenantAsync(ctx));
                var result = await GrainCalls.CallAsync(() => call(book, input));
                return new MutationPayload<PlannedActivity>(input.ClientMutationId, result.Planned, result.Errors);
            });

    private static void Place<TPayload, TInput>(ObjectGraphType mutation, string name, string description, Func<IActivityBookGrain, PlaceChangeInput, Task<PlaceResult>> call)
        where TPayload : IGraphType
        where TInput : InputObjectGraphType<PlaceChangeInput> =>
        mutation.Field<NonNullGraphType<TPayload>, MutationPayload<PlaceOfBelonging>>(name)
            .AuthorizeWithRoles(Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<PlaceChangeInput>("input");
                if (ClientMutationIds.TooLong(input.ClientMutationId) is { } tooLong)
                {
                    return MutationPayload<PlaceOfBelonging>.Failed(null, tooLong);
                }

                var book = ctx.Grains().GetGrain<IActivityBookGrain>(await ActivityAccess.CallerTenantAsync(ctx));
                var result = await GrainCalls.CallAsync(() => call(book, input));
                return new MutationPayload<PlaceOfBelonging>(input.ClientMutationId, result.Place, result.Errors);
            });

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
