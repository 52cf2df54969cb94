namespace Platform.Tenants.Cases;

/// <summary>
/// How every change of the file is made: a retry is answered by a read, the checks decide (a
/// refusal or a <c>CaseEdit</c>), and the decision is audited, applied, remembered with its
/// command and stored in one write, then sent to the case book.
/// </summary>
public sealed partial class CaseGrain
{
    private static CaseResult Ok(CaseFile file) => new(file, []);

    private static CaseEdit Edited(CaseFile file, CaseActivity? counted = null, (CaseActivity Was, CaseActivity Now)? recounted = null, CaseChange? logged = null, NoticeDraft? notice = null) =>
        new(null, file, counted, recounted, logged, notice);

    /// <summary>
    /// What a change of the file decided, before anything is stored: a refusal, or the new file
    /// with the counted event, the recounted one, the history entry and the notice that go with it.
    /// </summary>
    private readonly record struct CaseEdit(
        CaseResult? Refusal, CaseFile? File, CaseActivity? Counted = null, (CaseActivity Was, CaseActivity Now)? Recounted = null, CaseChange? Logged = null, NoticeDraft? Notice = null)
    {
        public static implicit operator CaseEdit(CaseResult result) => result.Case is { } file ? new(null, file) : new(result, null);
    }

    private ClientCommand<CaseState> Command(Caller caller, string? clientMutationId, string kind = "") =>
        ClientCommand.Of(state, caller, clientMutationId, logger, kind);

    // Checks run on the file as it stands and decide (a CaseEdit); nothing is stored or counted
    // until the change is accepted, so a refused change leaves nothing behind.
    private async Task<CaseResult> Change(string? clientMutationId, string action, Func<CaseFile, Caller, CaseEdit> decide, bool allowClosed = false)
    {
        var caller = Caller();
        var command = Command(caller, clientMutationId);
        if (command.WasApplied(out _))
        {
            return await Replay(caller);
        }

        if (state.State.File is not { } file)
        {
            return CaseResult.Fail("CASE_NOT_FOUND", "There is no case with this id.", "input", "caseId");
        }

        if (file.Status == CaseStatus.Transferred || file.Purged || (!allowClosed && file.Status == CaseStatus.Closed))
        {
            return CaseResult.Fail("CASE_NOT_OPEN", $"The case is {file.Status}{(file.Purged ? " and purged" : "")}; it cannot change.", "input", "caseId");
        }

        var edit = decide(file, caller);
        if (edit.File is not { } changed)
        {
            return edit.Refusal!;
        }

        var result = await Commit(command, changed, caller, action, () => Record(edit));
        if (edit.Notice is { } notice)
        {
            // After the change is stored: a notice is a pointer, and the feed drops repeats.
            await this.Notify(GrainFactory, signer, logger, _tenant, notice);
        }

        return result;
    }

    // The counted events are per case and interchangeable: a corrected entry's event takes the
    // place of one event equal to the entry's before.
    private void Record(CaseEdit edit)
    {
        if (edit.Counted is { } counted)
        {
            state.State.Activity.Add(counted);
        }

        if (edit.Recounted is { } recounted && state.State.Activity.IndexOf(recounted.Was) is var index and >= 0)
        {
            state.State.Activity[index] = recounted.Now;
        }

        if (edit.Logged is { } logged)
        {
            state.State.History.Add(logged);
        }
    }

    // Every change of the file goes through here: traced, stored with the command that made it,
    // and (unless the book applies the entry itself) sent to the case book.
    private async Task<CaseResult> Commit(ClientCommand<CaseState> command, CaseFile file, Caller caller, string action, Action? alsoChange = null, bool syncIndex = true)
    {
        var result = await command.Apply(
            _id,
            () =>
            {
                alsoChange?.Invoke();
                state.State.File = file;
                state.State.IndexPending = true;
            },
            Ok(file),
            outcome => Audit(caller, action, outcome));
        if (syncIndex)
        {
            await SyncIndex();
        }

        return result;
    }

    private Task Audit(Caller caller, string action, AuditOutcome outcome) =>
        audit.AppendAsync(AuditRecord.For(caller, _tenant, action, "Case", _id, outcome, clock.GetUtcNow()));

    // A retry of an applied command: the case as it now stands, read as every read is (audited).
    // Never a stored reply, which could show what the caller may no longer see.
    private async Task<CaseResult> Replay(Caller caller)
    {
        if (state.State.File is not { } file)
        {
            return CaseResult.Fail("CASE_NOT_FOUND", "There is no case with this id.", "input", "caseId");
        }

        await Audit(caller, "case.read", AuditOutcome.Allowed);
        return Ok(file);
    }
}
