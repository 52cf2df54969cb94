using System.Security.Cryptography;
using System.Text;
using Platform.Tenants.Consultations;

namespace Platform.Tenants.Cases;

/// <summary>Back-office consultation: asking the prefecture's center about this case, under consent.</summary>
public sealed partial class CaseGrain
{
    /// <inheritdoc />
    public async Task<ConsultationResult> RequestConsultation(string question, string? clientMutationId)
    {
        var caller = Caller();
        var command = Command(caller, clientMutationId, "consultation");
        if (command.WasApplied(out var asked))
        {
            // A retry reads the consultation as any read does: audited, as it now stands.
            return await GrainFactory.Grain<IConsultationGrain>(asked).Get() is { } view
                ? new ConsultationResult(view, [])
                : ConsultationResult.Fail("CONSULTATION_NOT_FOUND", "The consultation is gone.", "input", "caseId");
        }

        if (ConsultationRequestError(question) is { } error)
        {
            return error;
        }

        // With a client mutation id the consultation's id follows from it, so a retry after a
        // failed write below reaches the consultation created the first time.
        var id = string.IsNullOrEmpty(clientMutationId)
            ? NewId()
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"consultation\n{_tenant}/{_id}\n{caller.TenantCode}|{caller.Subject}|{clientMutationId}")))[..32];
        var key = $"{_tenant}/{id}";
        await Audit(caller, "case.consultation-request", AuditOutcome.Allowed);
        ConsultationRecord record;
        using (CallerContext.EnterSystem(signer))
        {
            record = await GrainFactory.Grain<IConsultationGrain>(key).Open(_id, question.Trim(), caller.Subject);
        }

        return await command.Apply(
            key,
            () =>
            {
                if (!state.State.Consultations.Contains(key))
                {
                    state.State.Consultations.Add(key);
                }
            },
            new ConsultationResult(new ConsultationView(record, null), []));
    }

    /// <inheritdoc />
    public Task<ImmutableArray<string>> GetConsultations() => Task.FromResult(state.State.Consultations.ToImmutableArray());

    /// <inheritdoc />
    public Task<PseudonymisedCaseSummary?> GetConsultationSummary(string consultationKey)
    {
        var allowed = state.State.Consultations.Contains(consultationKey)
            && state.State.File is { Purged: false } file && file.Status != CaseStatus.Transferred
            && file.Consents.Any(c => c.Purpose == ConsentPurpose.PrefecturalConsultation && c.IsInForce);
        if (!allowed)
        {
            return Task.FromResult<PseudonymisedCaseSummary?>(null);
        }

        var f = state.State.File!;
        var pseudonym = "P-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(consultationKey)))[..10];
        return Task.FromResult<PseudonymisedCaseSummary?>(new PseudonymisedCaseSummary(
            pseudonym, state.State.StatAgeBand, state.State.StatGender, state.State.StatIs8050, f.WithdrawalDuration,
            f.Concerns, f.Status, [.. f.Contacts.OrderBy(c => c.At).Select(c => new ContactMark(JapanDate.Of(c.At), c.Channel, c.With))]));
    }

    private ConsultationResult? ConsultationRequestError(string question)
    {
        if (state.State.File is not { } file)
        {
            return ConsultationResult.Fail("CASE_NOT_FOUND", "There is no case with this id.", "input", "caseId");
        }

        if (file.Status is CaseStatus.Closed or CaseStatus.Transferred || file.Purged)
        {
            return ConsultationResult.Fail("CASE_NOT_OPEN", $"A {file.Status} case cannot be consulted on.", "input", "caseId");
        }

        if (directory.Municipality(_tenant) is null)
        {
            return ConsultationResult.Fail("NOT_A_MUNICIPAL_CASE", "Only a municipality's cases are consulted on with its prefecture's center.", "input", "caseId");
        }

        if (!file.Consents.Any(c => c.Purpose == ConsentPurpose.PrefecturalConsultation && c.IsInForce))
        {
            return ConsultationResult.Fail("CONSULTATION_CONSENT_REQUIRED", "A consultation needs a recorded prefectural-consultation consent that has not been withdrawn.", "input", "caseId");
        }

        if (TextRules.Check(question, multiLine: true, "question") is { } invalid)
        {
            return new ConsultationResult(null, [invalid]);
        }

        return string.IsNullOrWhiteSpace(question)
            ? ConsultationResult.Fail("QUESTION_REQUIRED", "Say what advice is asked for.", "input", "question")
            : question.Length > ConsultationGrain.MaxText
                ? ConsultationResult.Fail("TOO_LONG", $"question may have at most {ConsultationGrain.MaxText} characters.", "input", "question")
                : null;
    }
}
