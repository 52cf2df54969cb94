using System.Security.Cryptography;
using System.Text;
using Platform.GraphQL.Cases.Inputs;
using Platform.GraphQL.Satellites;

namespace Platform.GraphQL.Cases;

/// <summary>
/// The case mutations. Each translates its input and calls the case grain of the caller's
/// tenant; the grain validates, applies the life cycle, audits and remembers the reply.
/// </summary>
internal static class CaseMutations
{
    private static readonly string[] Handover = [Roles.Supervisor, Roles.TenantAdmin];

    /// <summary>Adds the case mutations to <paramref name="mutation"/>.</summary>
    public static void Add(ObjectGraphType mutation)
    {
        var staff = CaseRoles.Staff;
        mutation.Mutation<OpenCaseInputType, OpenCaseInput, CaseFile>("openCase", Payload("OpenCasePayload"), staff,
            "Opens a case (INTAKE) in the caller's tenant.", OpenAsync);
        mutation.Mutation<RecordContactInputType, RecordContactInput, CaseFile>("recordContact", Payload("RecordContactPayload"), staff,
            "Adds an entry to the consultation log.",
            (ctx, i) => CaseAccess.ChangeAsync(ctx, i.CaseId, nameof(ICaseGrain.RecordContact), g => g.RecordContact(i.At, i.Channel, i.With, i.Minutes, Text.OrNull(i.Notes), i.ClientMutationId)));
        mutation.Mutation<ReferCaseInputType, ReferCaseInput, CaseFile>("referCase", Payload("ReferCasePayload"), staff,
            "Refers the case to another agency (outcome PENDING).",
            (ctx, i) => CaseAccess.ChangeAsync(ctx, i.CaseId, nameof(ICaseGrain.Refer), g => g.Refer(i.Destination, Text.OrNull(i.AgencyName), i.ReferredOn, Text.OrNull(i.Notes), i.ClientMutationId)));
        mutation.Mutation<RecordReferralOutcomeInputType, RecordReferralOutcomeInput, CaseFile>("recordReferralOutcome", Payload("RecordReferralOutcomePayload"), staff,
            "Records what became of a referral.",
            (ctx, i) => CaseAccess.ChangeAsync(ctx, i.CaseId, nameof(ICaseGrain.RecordReferralOutcome), g => g.RecordReferralOutcome(i.ReferralId, i.Outcome, i.ClientMutationId)));
        mutation.Mutation<RecordConsentInputType, RecordConsentInput, CaseFile>("recordConsent", Payload("RecordConsentPayload"), staff,
            "Records a consent of the person, or of a family member on their behalf.",
            (ctx, i) => CaseAccess.ChangeAsync(ctx, i.CaseId, nameof(ICaseGrain.RecordConsent), g => g.RecordConsent(i.Purpose, Text.OrNull(i.AgencyName), i.GivenBy, i.GivenOn, i.ClientMutationId)));
        mutation.Mutation<WithdrawConsentInputType, WithdrawConsentInput, CaseFile>("withdrawConsent", Payload("WithdrawConsentPayload"), staff,
            "Withdraws a consent; it stops counting at once.",
            (ctx, i) => CaseAccess.ChangeAsync(ctx, i.CaseId, nameof(ICaseGrain.WithdrawConsent), g => g.WithdrawConsent(i.ConsentId, i.WithdrawnOn, i.ClientMutationId)));
        mutation.Mutation<UpdateCaseStatusInputType, UpdateCaseStatusInput, CaseFile>("updateCaseStatus", Payload("UpdateCaseStatusPayload"), staff,
            "Moves an open case to ACTIVE or MONITORING.",
            (ctx, i) => CaseAccess.ChangeAsync(ctx, i.CaseId, nameof(ICaseGrain.ChangeStatus), g => g.ChangeStatus(i.Status, i.ClientMutationId)));
        mutation.Mutation<CloseCaseInputType, CloseCaseInput, CaseFile>("closeCase", Payload("CloseCasePayload"), staff,
            "Closes the case with a reason.",
            (ctx, i) => CaseAccess.ChangeAsync(ctx, i.CaseId, nameof(ICaseGrain.Close), g => g.Close(i.ClosedOn, i.Reason, i.ClientMutationId)));
        mutation.Mutation<ReopenCaseInputType, ReopenCaseInput, CaseFile>("reopenCase", Payload("ReopenCasePayload"), staff,
            "Reopens a closed case (ACTIVE).",
            (ctx, i) => CaseAccess.ChangeAsync(ctx, i.CaseId, nameof(ICaseGrain.Reopen), g => g.Reopen(i.ReopenedOn, i.ClientMutationId)));
        mutation.Mutation<ReassignCaseInputType, ReassignCaseInput, CaseFile>("reassignCase", Payload("ReassignCasePayload"), staff,
            "Hands the case to another worker: a supervisor, or the worker in charge handing over. Kept in the case's history; the new worker is notified.",
            (ctx, i) => CaseAccess.ChangeAsync(ctx, i.CaseId, nameof(ICaseGrain.Reassign), g => g.Reassign(i.Assignee ?? "", Text.OrNull(i.Reason), i.ClientMutationId)));
        mutation.Mutation<UpdateCaseSubjectInputType, UpdateCaseSubjectInput, CaseFile>("updateCaseSubject", Payload("UpdateCaseSubjectPayload"), staff,
            "Replaces the person's details; the previous ones stay in the case's history. A name or kana added later is found by search.",
            (ctx, i) => CaseAccess.ChangeAsync(ctx, i.CaseId, nameof(ICaseGrain.UpdateSubject), g => g.UpdateSubject(i.Subject?.ToSubject(), Text.OrNull(i.Reason), i.ClientMutationId)));
        mutation.Mutation<UpdateCaseHouseholdInputType, UpdateCaseHouseholdInput, CaseFile>("updateCaseHousehold", Payload("UpdateCaseHouseholdPayload"), staff,
            "Replaces the household; the previous one stays in the case's history.",
            (ctx, i) => CaseAccess.ChangeAsync(ctx, i.CaseId, nameof(ICaseGrain.UpdateHousehold), g => g.UpdateHousehold(HouseholdOf(i.Household), Text.OrNull(i.Reason), i.ClientMutationId)));
        mutation.Mutation<UpdateCaseConcernsInputType, UpdateCaseConcernsInput, CaseFile>("updateCaseConcerns", Payload("UpdateCaseConcernsPayload"), staff,
            "Replaces the concerns; the previous ones stay in the case's history.",
            (ctx, i) => CaseAccess.ChangeAsync(ctx, i.CaseId, nameof(ICaseGrain.UpdateConcerns), g => g.UpdateConcerns([.. i.Concerns ?? []], Text.OrNull(i.Reason), i.ClientMutationId)));
        mutation.Mutation<UpdateCaseNotesInputType, UpdateCaseNotesInput, CaseFile>("updateCaseNotes", Payload("UpdateCaseNotesPayload"), staff,
            "Replaces the case notes; the previous ones stay in the case's history.",
            (ctx, i) => CaseAccess.ChangeAsync(ctx, i.CaseId, nameof(ICaseGrain.UpdateNotes), g => g.UpdateNotes(Text.OrNull(i.Notes), Text.OrNull(i.Reason), i.ClientMutationId)));
        mutation.Mutation<CorrectContactInputType, CorrectContactInput, CaseFile>("correctContact", Payload("CorrectContactPayload"), staff,
            "Corrects a wrong entry of the consultation log with a reason: the entry is replaced (same id) and the entry as it was stays in the case's history.",
            (ctx, i) => CaseAccess.ChangeAsync(ctx, i.CaseId, nameof(ICaseGrain.CorrectContact), g => g.CorrectContact(
                i.ContactId, new ContactCorrection(i.At, i.Channel, i.With, i.Minutes, Text.OrNull(i.Notes)), Text.OrNull(i.Reason), i.ClientMutationId)));
        mutation.Mutation<CorrectReferralInputType, CorrectReferralInput, CaseFile>("correctReferral", Payload("CorrectReferralPayload"), staff,
            "Corrects a wrong referral with a reason: the referral is replaced (same id, same outcome) and the referral as it was stays in the case's history.",
            (ctx, i) => CaseAccess.ChangeAsync(ctx, i.CaseId, nameof(ICaseGrain.CorrectReferral), g => g.CorrectReferral(
                i.ReferralId, new ReferralCorrection(i.Destination, Text.OrNull(i.AgencyName), i.ReferredOn, Text.OrNull(i.Notes)), Text.OrNull(i.Reason), i.ClientMutationId)));
        mutation.Mutation<TransferCaseInputType, TransferCaseInput, CaseFile>("transferCase", Payload("TransferCasePayload"), Handover,
            "Hands the whole file to another municipality or prefecture under a transfer consent in force; this tenant keeps a TRANSFERRED stub without personal data.",
            (ctx, i) => CaseAccess.ChangeAsync(ctx, i.CaseId, nameof(ICaseGrain.Transfer), g => g.Transfer(i.TargetTenantCode.Trim(), i.ClientMutationId)));
        mutation.Mutation<SetRetentionInputType, SetRetentionInput, RetentionSetting>("setRetention",
            new PayloadType<IntGraphType, RetentionSetting>("SetRetentionPayload", "retentionYears", "The retention in years as it now stands; null when errors is not empty.", r => r.Years),
            [Roles.TenantAdmin],
            "Sets how many years (1 to 30) the caller's tenant keeps closed cases; a daily purge then removes the personal data of cases closed longer ago, and keeps their counts.",
            async (ctx, input) =>
            {
                var book = await CaseAccess.BookAsync(ctx, nameof(ICaseBookGrain.SetRetention));
                var result = await book.SetRetention(input.Years, input.ClientMutationId);
                return new(result.Years is { } years ? new RetentionSetting(years) : null, result.Errors);
            });
    }

    /// <summary>
    /// The id of a new case: random, or, with a client mutation id, derived from the caller and
    /// that id, so a retry reaches the same case grain and gets the first reply from its cache.
    /// </summary>
    public static string NewCaseId(string tenant, string subject, string? clientMutationId) =>
        string.IsNullOrEmpty(clientMutationId)
            ? Guid.NewGuid().ToString("N")
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"open-case\n{tenant}\n{subject}\n{clientMutationId}")))[..32];

    // One payload type a case mutation, each { clientMutationId case errors }.
    private static PayloadType<CaseGraphType, CaseFile> Payload(string name) =>
        new(name, "case", "The case as it now stands; null when errors is not empty.", CaseNode.Of);

    private static Household? HouseholdOf(HouseholdInput? household) =>
        household is { } h ? new Household(h.Is8050 ?? false, [.. (h.Members ?? []).Select(m => m.ToMember())]) : null;

    private static async Task<Reply<CaseFile>> OpenAsync(IResolveFieldContext ctx, OpenCaseInput input)
    {
        var caller = ctx.RequireCaller();
        var tenant = caller.TenantCode;
        // The rule of Open decides (before the new grain is named) that the caller is case staff
        // of a tenant that holds cases.
        var grain = await GrainGate.OpenAsync<ICaseGrain>(ctx, $"{tenant}/{NewCaseId(tenant, caller.Subject, input.ClientMutationId)}", nameof(ICaseGrain.Open), CaseAccess.NodeType);
        string? satelliteId = null;
        if (input.SatelliteId is { } satelliteGlobalId)
        {
            var key = await Satellites.SatelliteAccess.GrainKeyAsync(ctx, satelliteGlobalId);
            if (!key.StartsWith($"{tenant}/", StringComparison.Ordinal))
            {
                return new UserError("SATELLITE_NOT_FOUND", "The caller's tenant has no satellite with this id.", ["input", "satelliteId"]);
            }

            satelliteId = key[(tenant.Length + 1)..];
        }

        var intake = new CaseIntake(
            input.OpenedOn, input.ReferralSource, input.Subject?.ToSubject(), HouseholdOf(input.Household), input.WithdrawalDuration,
            [.. input.Concerns ?? []], Text.OrNull(input.AssignedTo), Text.OrNull(input.Notes), satelliteId);
        return CaseAccess.Reply(await grain.Open(intake, input.ClientMutationId));
    }
}
