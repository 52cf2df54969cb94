using System.Collections.Immutable;
using GraphQL;
using GraphQL.Types;
using Platform.GraphQL.Activities.Inputs;
using Platform.GraphQL.Activities.Types;
using Platform.GraphQL.Infrastructure;
using Platform.GraphQL.Types;
using Platform.Tenants.Activities;
using Platform.Tenants.Common;

namespace Platform.GraphQL.Activities;

/// <summary>
/// recordActivity, withdrawActivity, registerPlaceOfBelonging and setConsultationDesk: each writes to the caller's
/// own tenant's activity book, which validates and remembers the reply to a client mutation id.
/// </summary>
internal static class ActivityMutations
{
    /// <summary>Adds the mutations to <paramref name="mutation"/>.</summary>
    public static void Add(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RecordActivityPayloadType>, MutationPayload<Activity>>("recordActivity")
            .AuthorizeWithRoles(Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer)
            .Description("Records an activity of the caller's tenant (counts only).")
            .Argument<NonNullGraphType<RecordActivityInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<RecordActivityInput>("input");
                if (Refused<Activity>(input.ClientMutationId, out var refusal) || Duplicates<Activity>(input, out refusal))
                {
                    return refusal;
                }

                var activity = new Activity(
                    "", input.Kind, input.HeldOn, input.Participants, input.FirstTimeParticipants, input.PlaceId, input.AgenciesPresent,
                    input.MunicipalPlatform ?? false, input.FamilySeminar ?? false,
                    (input.Trainees ?? []).ToImmutableSortedDictionary(t => t.AgencyType, t => t.Count),
                    input.Survey is { } s ? new FactFindingSurvey(s.Method, s.Samples.ToImmutableSortedDictionary(x => x.Group, x => x.Size), s.Responses, s.PublishedOn) : null);
                var book = await BookAsync(ctx);
                var result = await GrainCalls.CallAsync(() => book.Record(activity, input.ClientMutationId));
                return new MutationPayload<Activity>(input.ClientMutationId, result.Activity, result.Errors);
            });
        mutation.Field<NonNullGraphType<WithdrawActivityPayloadType>, MutationPayload<Activity>>("withdrawActivity")
            .AuthorizeWithRoles(Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer)
            .Description("Withdraws an activity of the caller's tenant recorded by mistake: it stops counting everywhere, and is kept with the reason.")
            .Argument<NonNullGraphType<WithdrawActivityInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<WithdrawActivityInput>("input");
                if (Refused<Activity>(input.ClientMutationId, out var refusal))
                {
                    return refusal;
                }

                var book = await BookAsync(ctx);
                var result = await GrainCalls.CallAsync(() => book.Withdraw(input.ActivityId, input.Reason, input.ClientMutationId));
                return new MutationPayload<Activity>(input.ClientMutationId, result.Activity, result.Errors);
            });
        mutation.Field<NonNullGraphType<RegisterPlaceOfBelongingPayloadType>, MutationPayload<PlaceOfBelonging>>("registerPlaceOfBelonging")
            .AuthorizeWithRoles(Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer)
            .Description("Registers a place of belonging (居場所) of the caller's tenant; sessions then refer to its id.")
            .Argument<NonNullGraphType<RegisterPlaceOfBelongingInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<RegisterPlaceOfBelongingInput>("input");
                if (Refused<PlaceOfBelonging>(input.ClientMutationId, out var refusal))
                {
                    return refusal;
                }

                var book = await BookAsync(ctx);
                var place = new PlaceOfBelonging("", input.Name.Trim(), Trim(input.Address), Trim(input.Schedule), input.IsPublic);
                var result = await GrainCalls.CallAsync(() => book.RegisterPlace(place, input.ClientMutationId));
                return new MutationPayload<PlaceOfBelonging>(input.ClientMutationId, result.Place, result.Errors);
            });
        mutation.Field<NonNullGraphType<SetConsultationDeskPayloadType>, MutationPayload<ConsultationDesk>>("setConsultationDesk")
            .AuthorizeWithRoles(Roles.TenantAdmin, Roles.PrefecturalOfficer)
            .Description("Sets the caller's tenant's consultation desk (相談窓口): made clear from today, and publicised when asked.")
            .Argument<NonNullGraphType<SetConsultationDeskInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<SetConsultationDeskInput>("input");
                if (Refused<ConsultationDesk>(input.ClientMutationId, out var refusal))
                {
                    return refusal;
                }

                var book = await BookAsync(ctx);
                var desk = new ConsultationDesk(input.Name.Trim(), Trim(input.Phone), Trim(input.Hours), Trim(input.Url), Trim(input.Address), input.Publicized, default);
                var result = await GrainCalls.CallAsync(() => book.SetDesk(desk, input.ClientMutationId));
                return new MutationPayload<ConsultationDesk>(input.ClientMutationId, result.Desk, result.Errors);
            });
    }

    private static async Task<IActivityBookGrain> BookAsync(IResolveFieldContext ctx) =>
        ctx.Grains().GetGrain<IActivityBookGrain>(await ActivityAccess.CallerTenantAsync(ctx));

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool Refused<T>(string? clientMutationId, out MutationPayload<T>? refusal)
        where T : class
    {
        refusal = ClientMutationIds.TooLong(clientMutationId) is { } error ? MutationPayload<T>.Failed(null, error) : null;
        return refusal is not null;
    }

    // A group named twice would be summed or lost silently; the client is told instead.
    private static bool Duplicates<T>(RecordActivityInput input, out MutationPayload<T>? refusal)
        where T : class
    {
        refusal = null;
        if (input.Trainees is { } trainees && trainees.Select(t => t.AgencyType).Distinct().Count() != trainees.Count)
        {
            refusal = MutationPayload<T>.Failed(input.ClientMutationId, new("DUPLICATE_GROUP", "Each agency type may appear once in trainees.", ["input", "trainees"]));
        }
        else if (input.Survey is { } survey && survey.Samples.Select(s => s.Group).Distinct().Count() != survey.Samples.Count)
        {
            refusal = MutationPayload<T>.Failed(input.ClientMutationId, new("DUPLICATE_GROUP", "Each group may appear once in samples.", ["input", "survey", "samples"]));
        }

        return refusal is not null;
    }
}
