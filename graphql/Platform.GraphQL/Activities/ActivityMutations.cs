using System.Collections.Immutable;
using Platform.GraphQL.Activities.Inputs;
using Platform.GraphQL.Activities.Types;

namespace Platform.GraphQL.Activities;

/// <summary>
/// recordActivity, withdrawActivity, registerPlaceOfBelonging and setConsultationDesk: each writes to the caller's
/// own tenant's activity book, which validates and remembers the reply to a client mutation id.
/// </summary>
internal static class ActivityMutations
{
    private static readonly string[] Keepers = [Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer];

    /// <summary>Adds the mutations to <paramref name="mutation"/>.</summary>
    public static void Add(ObjectGraphType mutation)
    {
        mutation.Mutation<RecordActivityInputType, RecordActivityInput, Activity>("recordActivity",
            new PayloadType<ActivityType, Activity>("RecordActivityPayload", "activity", "Null when errors is not empty."),
            [Roles.Caseworker, .. Keepers],
            "Records an activity of the caller's tenant (counts only).",
            async (ctx, input) =>
            {
                if (Duplicates(input) is { } duplicates)
                {
                    return duplicates;
                }

                var activity = new Activity(
                    "", input.Kind, input.HeldOn, input.Participants, input.FirstTimeParticipants, input.PlaceId, input.AgenciesPresent,
                    input.MunicipalPlatform ?? false, input.FamilySeminar ?? false,
                    (input.Trainees ?? []).ToImmutableSortedDictionary(t => t.AgencyType, t => t.Count),
                    input.Survey is { } s ? new FactFindingSurvey(s.Method, s.Samples.ToImmutableSortedDictionary(x => x.Group, x => x.Size), s.Responses, s.PublishedOn) : null);
                var result = await (await ActivityAccess.BookAsync(ctx, nameof(IActivityBookGrain.Record))).Record(activity, input.ClientMutationId);
                return new(result.Activity, result.Errors);
            });
        mutation.Mutation<WithdrawActivityInputType, WithdrawActivityInput, Activity>("withdrawActivity",
            new PayloadType<ActivityType, Activity>("WithdrawActivityPayload", "activity", "The activity withdrawn; null when errors is not empty."),
            Keepers,
            "Withdraws an activity of the caller's tenant recorded by mistake: it stops counting everywhere, and is kept with the reason.",
            async (ctx, input) =>
            {
                var result = await (await ActivityAccess.BookAsync(ctx, nameof(IActivityBookGrain.Withdraw))).Withdraw(input.ActivityId, input.Reason, input.ClientMutationId);
                return new(result.Activity, result.Errors);
            });
        mutation.Mutation<RegisterPlaceOfBelongingInputType, RegisterPlaceOfBelongingInput, PlaceOfBelonging>("registerPlaceOfBelonging",
            new PayloadType<PlaceOfBelongingType, PlaceOfBelonging>("RegisterPlaceOfBelongingPayload", "placeOfBelonging", "Null when errors is not empty."),
            Keepers,
            "Registers a place of belonging (居場所) of the caller's tenant; sessions then refer to its id.",
            async (ctx, input) =>
            {
                var place = new PlaceOfBelonging("", input.Name.Trim(), Text.OrNull(input.Address), Text.OrNull(input.Schedule), input.IsPublic);
                var result = await (await ActivityAccess.BookAsync(ctx, nameof(IActivityBookGrain.RegisterPlace))).RegisterPlace(place, input.ClientMutationId);
                return new(result.Place, result.Errors);
            });
        mutation.Mutation<SetConsultationDeskInputType, SetConsultationDeskInput, ConsultationDesk>("setConsultationDesk",
            new PayloadType<ConsultationDeskType, ConsultationDesk>("SetConsultationDeskPayload", "consultationDesk", "Null when errors is not empty."),
            [Roles.TenantAdmin, Roles.PrefecturalOfficer],
            "Sets the caller's tenant's consultation desk (相談窓口): made clear from today, and publicised when asked.",
            async (ctx, input) =>
            {
                var desk = new ConsultationDesk(input.Name.Trim(), Text.OrNull(input.Phone), Text.OrNull(input.Hours), Text.OrNull(input.Url), Text.OrNull(input.Address), input.Publicized, default);
                var result = await (await ActivityAccess.BookAsync(ctx, nameof(IActivityBookGrain.SetDesk))).SetDesk(desk, input.ClientMutationId);
                return new(result.Desk, result.Errors);
            });
    }

    // A group named twice would be summed or lost silently; the client is told instead.
    private static UserError? Duplicates(RecordActivityInput input) =>
        input.Trainees is { } trainees && trainees.Select(t => t.AgencyType).Distinct().Count() != trainees.Count
            ? new("DUPLICATE_GROUP", "Each agency type may appear once in trainees.", ["input", "trainees"])
            : input.Survey is { } survey && survey.Samples.Select(s => s.Group).Distinct().Count() != survey.Samples.Count
                ? new("DUPLICATE_GROUP", "Each group may appear once in samples.", ["input", "survey", "samples"])
                : null;
}
