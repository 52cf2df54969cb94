using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Types;
using Platform.GraphQL.Cases.Inputs;
using Platform.GraphQL.Cases.Types;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Infrastructure;
using Platform.GraphQL.Types;
using Platform.Tenants.Cases;
using Platform.Tenants.Common;

namespace Platform.GraphQL.Cases;

/// <summary>
/// The case mutations. Each translates its input and calls the case grain of the caller's
/// tenant; the grain validates, applies the life cycle, audits and remembers the reply.
/// </summary>
internal static class CaseMutations
{
    /// <summary>Adds the case mutations to <paramref name="mutation"/>.</summary>
    public static void Add(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<OpenCasePayloadType>, MutationPayload<CaseFile>>("openCase")
            .AuthorizeWithRoles(CaseRoles.Staff)
            .Description("Opens a case (INTAKE) in the caller's tenant.")
            .Argument<NonNullGraphType<OpenCaseInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(OpenAsync);
        Change<RecordContactPayloadType, RecordContactInputType, RecordContactInput>(mutation, "recordContact", "Adds an entry to the consultation log.",
            (grain, i) => grain.RecordContact(i.At, i.Channel, i.With, i.Minutes, Text.OrNull(i.Notes), i.ClientMutationId));
        Change<ReferCasePayloadType, ReferCaseInputType, ReferCaseInput>(mutation, "referCase", "Refers the case to another agency (outcome PENDING).",
            (grain, i) => grain.Refer(i.Destination, Text.OrNull(i.AgencyName), i.ReferredOn, Text.OrNull(i.Notes), i.ClientMutationId));
        Change<RecordReferralOutcomePayloadType, RecordReferralOutcomeInputType, RecordReferralOutcomeInput>(mutation, "recordReferralOutcome", "Records what became of a referral.",
            (grain, i) => grain.RecordReferralOutcome(i.ReferralId, i.Outcome, i.ClientMutationId));
        Change<RecordConsentPayloadType, RecordConsentInputType, RecordConsentInput>(mutation, "recordConsent", "Records a consent of the person, or of a family member on their behalf.",
            (grain, i) => grain.RecordConsent(i.Purpose, Text.OrNull(i.AgencyName), i.GivenBy, i.GivenOn, i.ClientMutationId));
        Change<WithdrawConsentPayloadType, WithdrawConsentInputType, WithdrawConsentInput>(mutation, "withdrawConsent", "Withdraws a consent; it stops counting at once.",
            (grain, i) => grain.WithdrawConsent(i.ConsentId, i.WithdrawnOn, i.ClientMutationId));
        Change<UpdateCaseStatusPayloadType, UpdateCaseStatusInputType, UpdateCaseStatusInput>(mutation, "updateCaseStatus", "Moves an open case to ACTIVE or MONITORING.",
            (grain, i) => grain.ChangeStatus(i.Status, i.ClientMutationId));
        Change<CloseCasePayloadType, CloseCaseInputType, CloseCaseInput>(mutation, "closeCase", "Closes the case with a reason.",
            (grain, i) => grain.Close(i.ClosedOn, i.Reason, i.ClientMutationId));
        Change<ReopenCasePayloadType, ReopenCaseInputType, ReopenCaseInput>(mutation, "reopenCase", "Reopens a closed case (ACTIVE).",
            (grain, i) => grain.Reopen(i.ReopenedOn, i.ClientMutationId));
        Change<ReassignCasePayloadType, ReassignCaseInputType, ReassignCaseInput>(mutation, "reassignCase",
            "Hands the case to another worker: a supervisor, or the worker in charge handing over. Kept in the case's history; the new worker is notified.",
            (grain, i) => grain.Reassign(i.Assignee ?? "", Text.OrNull(i.Reason), i.ClientMutationId));
        Change<UpdateCaseSubjectPayloadType, UpdateCaseSubjectInputType, UpdateCaseSubjectInput>(mutation, "updateCaseSubject",
            "Replaces the person's details; the previous ones stay in the case's history. A name or kana added later is found by search.",
            (grain, i) => grain.UpdateSubject(i.Subject?.ToSubject(), Text.OrNull(i.Reason), i.ClientMutationId));
        Change<UpdateCaseHouseholdPayloadType, UpdateCaseHouseholdInputType, UpdateCaseHouseholdInput>(mutation, "updateCaseHousehold",
            "Replaces the household; the previous one stays in the case's history.",
            (grain, i) => grain.UpdateHousehold(
                i.Household is { } h ? new Household(h.Is8050 ?? false, [.. (h.Members ?? []).Select(m => m.ToMember())]) : null, Text.OrNull(i.Reason), i.ClientMutationId));
        Change<UpdateCaseConcernsPayloadType, UpdateCaseConcernsInputType, UpdateCaseConcernsInput>(mutation, "updateCaseConcerns",
            "Replaces the concerns; the previous ones stay in the case's history.",
            (grain, i) => grain.UpdateConcerns([.. i.Concerns ?? []], Text.OrNull(i.Reason), i.ClientMutationId));
        Change<UpdateCaseNotesPayloadType, UpdateCaseNotesInputType, UpdateCaseNotesInput>(mutation, "updateCaseNotes",
            "Replaces the case notes; the previous ones stay in the case's history.",
            (grain, i) => grain.UpdateNotes(Text.OrNull(i.Notes), Text.OrNull(i.Reason), i.ClientMutationId));
        Change<CorrectContactPayloadType, CorrectContactInputType, CorrectContactInput>(mutation, "correctContact",
            "Corrects a wrong entry of the consultation log with a reason: the entry is replaced (same id) and the entry as it was stays in the case's history.",
            (grain, i) => grain.CorrectContact(i.ContactId, new ContactCorrection(i.At, i.Channel, i.With, i.Minutes, Text.OrNull(i.Notes)), Text.OrNull(i.Reason), i.ClientMutationId));
        Change<CorrectReferralPayloadType, CorrectReferralInputType, CorrectReferralInput>(mutation, "correctReferral",
            "Corrects a wrong referral with a reason: the referral is replaced (same id, same outcome) and the referral as it was stays in the case's history.",
            (grain, i) => grain.CorrectReferral(i.ReferralId, new ReferralCorrection(i.Destination, Text.OrNull(i.AgencyName), i.ReferredOn, Text.OrNull(i.Notes)), Text.OrNull(i.Reason), i.ClientMutationId));
        Change<TransferCasePayloadType, TransferCaseInputType, TransferCaseInput>(mutation, "transferCase",
            "Hands the whole file to another municipality or prefecture under a transfer consent in force; this tenant keeps a TRANSFERRED stub without personal data.",
            (grain, i) => grain.Transfer(i.TargetTenantCode.Trim(), i.ClientMutationId),
            Roles.Supervisor, Roles.TenantAdmin);
        mutation.Field<NonNullGraphType<SetRetentionPayloadType>, MutationPayload<RetentionSetting>>("setRetention")
            .AuthorizeWithRoles(Roles.TenantAdmin)
            .Description("Sets how many years (1 to 30) the caller's tenant keeps closed cases; a daily purge then removes the personal data of cases closed longer ago, and keeps their counts.")
            .Argument<NonNullGraphType<SetRetentionInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(SetRetentionAsync);
    }

    private static async Task<MutationPayload<RetentionSetting>?> SetRetentionAsync(IResolveFieldContext<object?> ctx)
    {
        var (_, tenant) = await CaseAccess.CallerTenantAsync(ctx, Roles.TenantAdmin);
        var input = ctx.GetArgument<SetRetentionInput>("input");
        if (ClientMutationIds.TooLong(input.ClientMutationId) is { } tooLong)
        {
            return MutationPayload<RetentionSetting>.Failed(null, tooLong);
        }

        var result = await GrainCalls.CallAsync(() => ctx.Grains().GetGrain<ICaseBookGrain>(tenant).SetRetention(input.Years, input.ClientMutationId));
        return new MutationPayload<RetentionSetting>(input.ClientMutationId, result.Years is { } years ? new RetentionSetting(years) : null, result.Errors);
    }

    /// <summary>
    /// The id of a new case: random, or, with a client mutation id, derived from the caller and
    /// that id, so a retry reaches the same case grain and gets the first reply from its cache.
    /// </summary>
    public static string NewCaseId(string tenant, string subject, string? clientMutationId) =>
        string.IsNullOrEmpty(clientMutationId)
            ? Guid.NewGuid().ToString("N")
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"open-case\n{tenant}\n{subject}\n{clientMutationId}")))[..32];

    private static async Task<MutationPayload<CaseFile>?> OpenAsync(IResolveFieldContext<object?> ctx)
    {
        var (caller, tenant) = await CaseAccess.CallerTenantAsync(ctx);
        var input = ctx.GetArgument<OpenCaseInput>("input");
        if (TooLong(input.ClientMutationId) is { } error)
        {
            return error;
        }

        string? satelliteId = null;
        if (input.SatelliteId is { } satelliteGlobalId)
        {
            var key = await Satellites.SatelliteAccess.GrainKeyAsync(ctx, satelliteGlobalId);
            if (!key.StartsWith($"{tenant}/", StringComparison.Ordinal))
            {
                return MutationPayload<CaseFile>.Failed(input.ClientMutationId, new("SATELLITE_NOT_FOUND", "The caller's tenant has no satellite with this id.", ["input", "satelliteId"]));
            }

            satelliteId = key[(tenant.Length + 1)..];
        }

        var household = input.Household is { } h ? new Household(h.Is8050 ?? false, [.. (h.Members ?? []).Select(m => m.ToMember())]) : null;
        var intake = new CaseIntake(
            input.OpenedOn, input.ReferralSource, input.Subject?.ToSubject(), household, input.WithdrawalDuration,
            [.. input.Concerns ?? []], Text.OrNull(input.AssignedTo), Text.OrNull(input.Notes), satelliteId);
        var grain = ctx.Grains().GetGrain<ICaseGrain>($"{tenant}/{NewCaseId(tenant, caller.Subject, input.ClientMutationId)}");
        return Payload(input.ClientMutationId, await GrainCalls.CallAsync(() => grain.Open(intake, input.ClientMutationId)));
    }

    private static void Change<TPayloadType, TInputType, TInput>(
        ObjectGraphType mutation, string name, string description, Func<ICaseGrain, TInput, Task<CaseResult>> call, params string[] roles)
        where TPayloadType : CasePayloadType
        where TInputType : CaseMutationInputType<TInput>
        where TInput : CaseMutationInput
    {
        var allowed = roles.Length == 0 ? CaseRoles.Staff : roles;
        mutation.Field<NonNullGraphType<TPayloadType>, MutationPayload<CaseFile>>(name)
            .AuthorizeWithRoles(allowed)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<TInput>("input");
                var grain = await CaseAccess.GrainAsync(ctx, input.CaseId, allowed);
                return TooLong(input.ClientMutationId) ?? Payload(input.ClientMutationId, await GrainCalls.CallAsync(() => call(grain, input)));
            });
    }

    // A case the caller may reach but that does not exist is an error of the request, not of
    // its fields: NOT_FOUND. Every other refusal is a user error in the payload.
    private static MutationPayload<CaseFile> Payload(string? clientMutationId, CaseResult result)
    {
        if (result.Errors.FirstOrDefault(e => e.Code == "CASE_NOT_FOUND") is { } notFound)
        {
            throw new ApiException(ErrorCodes.NotFound, notFound.Message);
        }

        return new MutationPayload<CaseFile>(clientMutationId, result.Case, result.Errors);
    }

    private static MutationPayload<CaseFile>? TooLong(string? clientMutationId) =>
        ClientMutationIds.TooLong(clientMutationId) is { } error ? MutationPayload<CaseFile>.Failed(null, error) : null;
}
