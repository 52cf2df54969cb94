using GraphQL;
using GraphQL.Types;
using Platform.GraphQL.Infrastructure;
using Platform.GraphQL.Cases;
using Platform.GraphQL.Consultations.Inputs;
using Platform.GraphQL.Consultations.Types;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Types;
using Platform.Tenants.Cases;
using Platform.Tenants.Common;
using Platform.Tenants.Consultations;

namespace Platform.GraphQL.Consultations;

/// <summary>The back-office consultation mutations.</summary>
internal static class ConsultationMutations
{
    /// <summary>Adds the mutations to <paramref name="mutation"/>.</summary>
    public static void Add(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RequestConsultationPayloadType>, MutationPayload<ConsultationNode>>("requestConsultation")
            .AuthorizeWithRoles(CaseRoles.Staff)
            .Description("Asks the prefecture's center for advice on a case of the caller's municipality; needs a prefectural-consultation consent in force.")
            .Argument<NonNullGraphType<RequestConsultationInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<RequestConsultationInput>("input");
                if (ClientMutationIds.TooLong(input.ClientMutationId) is { } tooLong)
                {
                    return MutationPayload<ConsultationNode>.Failed(null, tooLong);
                }

                var grain = await CaseAccess.GrainAsync(ctx, input.CaseId);
                return Payload(input.ClientMutationId, await GrainCalls.CallAsync(() => grain.RequestConsultation(input.Question, input.ClientMutationId)), "CASE_NOT_FOUND");
            });
        mutation.Field<NonNullGraphType<RespondToConsultationPayloadType>, MutationPayload<ConsultationNode>>("respondToConsultation")
            .AuthorizeWithRoles(Roles.PrefecturalOfficer, Roles.Supervisor, Roles.Caseworker)
            .Description("Advice from the prefecture's center, while the consent is in force and the consultation open.")
            .Argument<NonNullGraphType<RespondToConsultationInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<RespondToConsultationInput>("input");
                if (ClientMutationIds.TooLong(input.ClientMutationId) is { } tooLong)
                {
                    return MutationPayload<ConsultationNode>.Failed(null, tooLong);
                }

                var grain = await ConsultationAccess.GrainAsync(ctx, input.ConsultationId, nameof(IConsultationGrain.Respond));
                return Payload(input.ClientMutationId, await GrainCalls.CallAsync(() => grain.Respond(input.Advice, input.ClientMutationId)), "CONSULTATION_NOT_FOUND");
            });
        mutation.Field<NonNullGraphType<CloseConsultationPayloadType>, MutationPayload<ConsultationNode>>("closeConsultation")
            .AuthorizeWithRoles(Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer)
            .Description("Closes a consultation; the prefecture no longer sees the case.")
            .Argument<NonNullGraphType<CloseConsultationInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<ConsultationMutationInput>("input");
                if (ClientMutationIds.TooLong(input.ClientMutationId) is { } tooLong)
                {
                    return MutationPayload<ConsultationNode>.Failed(null, tooLong);
                }

                var grain = await ConsultationAccess.GrainAsync(ctx, input.ConsultationId, nameof(IConsultationGrain.Close));
                return Payload(input.ClientMutationId, await GrainCalls.CallAsync(() => grain.Close(input.ClientMutationId)), "CONSULTATION_NOT_FOUND");
            });
    }

    // A target the caller may reach but that does not exist is an error of the request: NOT_FOUND.
    private static MutationPayload<ConsultationNode> Payload(string? clientMutationId, ConsultationResult result, string notFoundCode)
    {
        if (result.Errors.FirstOrDefault(e => e.Code == notFoundCode) is { } notFound)
        {
            throw new ApiException(ErrorCodes.NotFound, notFound.Message);
        }

        return new MutationPayload<ConsultationNode>(clientMutationId, result.Consultation is { } view ? ConsultationNode.Of(view) : null, result.Errors);
    }

}
