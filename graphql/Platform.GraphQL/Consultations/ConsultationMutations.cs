using Platform.GraphQL.Consultations.Inputs;
using Platform.GraphQL.Consultations.Types;
using Platform.Tenants.Consultations;

namespace Platform.GraphQL.Consultations;

/// <summary>The back-office consultation mutations.</summary>
internal static class ConsultationMutations
{
    /// <summary>Adds the mutations to <paramref name="mutation"/>.</summary>
    public static void Add(ObjectGraphType mutation)
    {
        mutation.Mutation<RequestConsultationInputType, RequestConsultationInput, ConsultationNode>("requestConsultation", Payload("RequestConsultationPayload"), CaseRoles.Staff,
            "Asks the prefecture's center for advice on a case of the caller's municipality; needs a prefectural-consultation consent in force.",
            async (ctx, input) =>
            {
                var grain = await CaseAccess.GrainAsync(ctx, input.CaseId, nameof(ICaseGrain.RequestConsultation));
                return Reply(await grain.RequestConsultation(input.Question, input.ClientMutationId), "CASE_NOT_FOUND");
            });
        mutation.Mutation<RespondToConsultationInputType, RespondToConsultationInput, ConsultationNode>("respondToConsultation", Payload("RespondToConsultationPayload"),
            [Roles.PrefecturalOfficer, Roles.Supervisor, Roles.Caseworker],
            "Advice from the prefecture's center, while the consent is in force and the consultation open.",
            async (ctx, input) =>
            {
                var grain = await ConsultationAccess.GrainAsync(ctx, input.ConsultationId, nameof(IConsultationGrain.Respond));
                return Reply(await grain.Respond(input.Advice, input.ClientMutationId), "CONSULTATION_NOT_FOUND");
            });
        mutation.Mutation<CloseConsultationInputType, ConsultationMutationInput, ConsultationNode>("closeConsultation", Payload("CloseConsultationPayload"),
            [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer],
            "Closes a consultation; the prefecture no longer sees the case.",
            async (ctx, input) =>
            {
                var grain = await ConsultationAccess.GrainAsync(ctx, input.ConsultationId, nameof(IConsultationGrain.Close));
                return Reply(await grain.Close(input.ClientMutationId), "CONSULTATION_NOT_FOUND");
            });
    }

    // One payload type a consultation mutation, each { clientMutationId consultation errors }.
    private static PayloadType<ConsultationGraphType, ConsultationNode> Payload(string name) =>
        new(name, "consultation", "The consultation as it now stands; null when errors is not empty.");

    private static Reply<ConsultationNode> Reply(ConsultationResult result, string notFoundCode) =>
        new(result.Consultation is { } view ? ConsultationNode.Of(view) : null, result.Errors, notFoundCode);
}
