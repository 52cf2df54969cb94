using Platform.Tenants.PrefecturalSupport;

namespace Platform.Tenants.Consultations;

/// <summary>
/// One back-office consultation. The call filter admits the municipality's staff and its
/// prefecture's; this grain decides which side may do what, checks the case's consent live on
/// every prefecture access, and audits every read and change in the municipality's chain.
/// </summary>
public sealed class ConsultationGrain(
    [PersistentState("consultation", StorageNames.Platform)] IPersistentState<ConsultationState> state,
    TenantDirectory directory,
    CallerSigner signer,
    IAuditLog audit,
    PlatformClock clock,
    ILogger<ConsultationGrain> logger) : Grain, IConsultationGrain
{
    /// <summary>The longest question or advice.</summary>
    public const int MaxText = 4000;

    private MunicipalityInfo _municipality = null!;
    private string _id = "";

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        var slash = key.IndexOf('/');
        _municipality = (slash > 0 ? directory.Municipality(key[..slash]) : null)
            ?? throw new ArgumentException("A consultation key is '{municipality LG code}/{id}'.");
        _id = key[(slash + 1)..];
        if (state.State.FormerReplies.Entries.Count > 0)
        {
            // Whole replies with the question and advice, as earlier versions kept them: gone for good.
            state.State.FormerReplies = new();
            await state.WriteStateAsync();
        }

        await Register();
    }

    /// <inheritdoc />
    public async Task<ConsultationRecord> Open(string caseId, string question, string requestedBy)
    {
        if (state.State.Record is { } existing)
        {
            return existing;
        }

        state.State.TenantCode = _municipality.Code;
        state.State.Record = new ConsultationRecord(
            _id, _municipality.Code, _municipality.PrefectureCode, caseId, question, ConsultationStatus.Open,
            clock.GetUtcNow(), requestedBy, [], null);
        state.State.IndexPending = true;
        await state.WriteStateAsync();
        await Register();
        var prefecture = directory.Prefecture(_municipality.PrefectureCode)!.LgCode;
        await this.Notify(GrainFactory, signer, logger, prefecture, new Notifications.NoticeDraft(
            Notifications.NoticeKind.ConsultationReceived, Notifications.NoticeAudience.Role(Roles.PrefecturalOfficer), "Consultation", this.GetPrimaryKeyString(), $"consultation|{this.GetPrimaryKeyString()}|received"));
        return state.State.Record;
    }

    /// <inheritdoc />
    public async Task<ConsultationView?> Get()
    {
        if (state.State.Record is not { } record)
        {
            return null;
        }

        var caller = Caller();
        var summary = IsPrefecture(caller)
            ? await SummaryForPrefecture(caller, record, "consultation.read")
            : await Summary(record);
        await Audit(caller, "consultation.read", AuditOutcome.Allowed);
        return View(caller, record, summary);
    }

    /// <inheritdoc />
    public async Task<ConsultationResult> Respond(string advice, string? clientMutationId)
    {
        var caller = Caller();
        if (!IsPrefecture(caller))
        {
            throw new AccessDeniedException("Advice comes from the prefecture's center.");
        }

        return await Change(caller, clientMutationId, "consultation.respond", async record =>
        {
            if (string.IsNullOrWhiteSpace(advice))
            {
                return (null, ConsultationResult.Fail("ADVICE_REQUIRED", "Give the advice.", "input", "advice"));
            }

            if (advice.Length > MaxText)
            {
                return (null, ConsultationResult.Fail("TOO_LONG", $"advice may have at most {MaxText} characters.", "input", "advice"));
            }

            if (TextRules.Check(advice, multiLine: true, "advice") is { } invalid)
            {
                return (null, new ConsultationResult(null, [invalid]));
            }

            await SummaryForPrefecture(caller, record, "consultation.respond");
            await this.Notify(GrainFactory, signer, logger, _municipality.Code, new Notifications.NoticeDraft(
                Notifications.NoticeKind.ConsultationAnswered, Notifications.NoticeAudience.Person(record.RequestedBy), "Consultation", this.GetPrimaryKeyString(),
                $"consultation|{this.GetPrimaryKeyString()}|answered|{record.Advice.Length}"));
            var answered = record with
            {
                Status = ConsultationStatus.Answered,
                Advice = record.Advice.Add(new ConsultationAdvice(advice.Trim(), caller.Subject, clock.GetUtcNow())),
            };
            return (answered, null);
        });
    }

    /// <inheritdoc />
    public Task<ConsultationResult> Close(string? clientMutationId)
    {
        var caller = Caller();
        return Change(caller, clientMutationId, "consultation.close", async record =>
        {
            if (IsPrefecture(caller))
            {
                // The reply shows the consultation: to the prefecture only under the consent.
                await SummaryForPrefecture(caller, record, "consultation.close");
            }

            return ((ConsultationRecord?)(record with { Status = ConsultationStatus.Closed, ClosedAt = clock.GetUtcNow() }), (ConsultationResult?)null);
        });
    }

    private async Task<ConsultationResult> Change(Caller caller, string? clientMutationId, string action, Func<ConsultationRecord, Task<(ConsultationRecord? Changed, ConsultationResult? Refused)>> apply)
    {
        var command = ClientCommand.Of(state, caller, clientMutationId, logger);
        if (command.WasApplied(out _))
        {
            // A retry reads the consultation as any read does: audited, and for the prefecture
            // only while it is open and the case's consent is in force.
            return await Get() is { } view
                ? new ConsultationResult(view, [])
                : ConsultationResult.Fail("CONSULTATION_NOT_FOUND", "There is no consultation with this id.", "input", "consultationId");
        }

        if (state.State.Record is not { } record)
        {
            return ConsultationResult.Fail("CONSULTATION_NOT_FOUND", "There is no consultation with this id.", "input", "consultationId");
        }

        if (record.Status == ConsultationStatus.Closed)
        {
            return ConsultationResult.Fail("CONSULTATION_CLOSED", "The consultation is closed.", "input", "consultationId");
        }

        var (changed, refused) = await apply(record);
        if (changed is null)
        {
            return refused!;
        }

        var result = await command.Apply(
            _id,
            () =>
            {
                state.State.Record = changed;
                state.State.IndexPending = true;
            },
            new ConsultationResult(View(caller, changed, null), []),
            outcome => Audit(caller, action, outcome));
        await Register();
        return result;
    }

    /// <summary>
    /// The summary for a prefecture caller, or a refusal (audited) when the consultation is
    /// closed or the case's consent is no longer in force: access ends at once with either.
    /// </summary>
    private async Task<PseudonymisedCaseSummary> SummaryForPrefecture(Caller caller, ConsultationRecord record, string action)
    {
        var summary = record.Status == ConsultationStatus.Closed ? null : await Summary(record);
        if (summary is null)
        {
            await Audit(caller, action, AuditOutcome.Denied);
            throw new AccessDeniedException(record.Status == ConsultationStatus.Closed
                ? "The consultation is closed; the prefecture no longer sees it."
                : "The prefectural-consultation consent of the case is not in force; the prefecture no longer sees it.");
        }

        return summary;
    }

    private async Task<PseudonymisedCaseSummary?> Summary(ConsultationRecord record)
    {
        using (CallerContext.EnterSystem(signer))
        {
            return await GrainFactory.Grain<ICaseGrain>($"{record.MunicipalityCode}/{record.CaseId}").GetConsultationSummary(record.GrainKey);
        }
    }

    // The prefecture never learns the municipality's case id.
    private ConsultationView View(Caller caller, ConsultationRecord record, PseudonymisedCaseSummary? summary) =>
        new(IsPrefecture(caller) ? record with { CaseId = null } : record, summary);

    private bool IsPrefecture(Caller caller) => caller.TenantCode != _municipality.Code;

    private static Caller Caller() =>
        CallerContext.Current ?? throw new AccessDeniedException("A consultation can only be reached by a verified caller.");

    private Task Audit(Caller caller, string action, AuditOutcome outcome) =>
        audit.AppendAsync(AuditRecord.For(caller, _municipality.Code, action, "Consultation", _id, outcome, clock.GetUtcNow(), purpose: "prefectural-consultation"));

    private async Task Register()
    {
        if (!state.State.IndexPending || state.State.Record is not { } record)
        {
            return;
        }

        await this.SendOrRetry(
            async () =>
            {
                using (CallerContext.EnterSystem(signer))
                {
                    await GrainFactory.Grain<IPrefecturalSupportGrain>(_municipality.PrefectureCode)
                        .RegisterConsultation(new ConsultationEntry(record.GrainKey, record.MunicipalityCode, record.Status, record.RequestedAt));
                }

                state.State.IndexPending = false;
            },
            Register,
            logger,
            "Consultation {Id} could not reach prefecture {Prefecture}'s list; it will be retried",
            _id, _municipality.PrefectureCode);
    }
}
