using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Platform.Tenants.Access;
using Platform.Tenants.Audit;
using Platform.Tenants.Common;
using Platform.Tenants.Notifications;

namespace Platform.Tenants.Cases;

/// <summary>The shared steps of every case change: replay, guard, audit, store, index.</summary>
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

    private static string NewId() => Guid.NewGuid().ToString("N");

    private static int MonthOf(DateTimeOffset at) => MonthOf(JapanDate.Of(at));

    private static int MonthOf(DateOnly date) => YearMonth.Of(date).Number;

    // Dates are Japanese dates: the platform's users live in UTC+9.
    private DateOnly Today() => JapanDate.Today(clock);

    private static Caller Caller() =>
        CallerContext.Current ?? throw new AccessDeniedException("A case can only be reached by a verified caller.");

    private ICaseBookGrain Book() => GrainFactory.GetGrain<ICaseBookGrain>(_tenant);

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

    private void CaptureFacts(CaseFile file)
    {
        state.State.StatGender = file.Subject?.Gender ?? Gender.Unknown;
        state.State.StatIs8050 = file.Household?.Is8050 ?? false;
        state.State.StatAgeBand = file.Subject switch
        {
            { BirthYear: { } year } => AgeBands.Of(file.OpenedOn.Year - year),
            { AgeBand: { } band } => band,
            _ => AgeBand.Unknown,
        };
    }

    private CaseSummary Summarize(CaseFile file) => new(
        file.Id, file.CaseNumber, file.Status, file.AssignedTo, file.OpenedOn, file.ClosedOn, file.ClosureReason,
        state.State.StatAgeBand, state.State.StatGender, state.State.StatIs8050,
        [.. NameNormalizer.IndexTerms(file.Subject?.Kana).Select(term => blindIndex.Compute(_tenant, term))],
        [.. state.State.Activity], clock.GetUtcNow(), state.State.StatReceived,
        file.Contacts.IsDefaultOrEmpty ? null : file.Contacts.Max(c => JapanDate.Of(c.At)), file.Purged);

    private async Task SyncIndex()
    {
        if (!state.State.IndexPending)
        {
            return;
        }

        while (state.State.File is { } file)
        {
            var sent = false;
            await this.SendOrRetry(
                async () =>
                {
                    using (CallerContext.EnterSystem(signer))
                    {
                        await Book().Upsert(Summarize(file));
                    }

                    sent = true;
                },
                SyncIndex,
                interleave: true,
                logger,
                "Indexing case {CaseId} of tenant {Tenant} failed; it will be retried",
                _id,
                _tenant);
            if (!sent)
            {
                return;
            }

            if (ReferenceEquals(state.State.File, file))
            {
                // Cleared in memory; stored with the next change. A repeat Upsert replaces the entry.
                state.State.IndexPending = false;
                return;
            }

            // The file changed (or was purged) while the entry was on its way, which can happen
            // when this send runs from the activation's interleaving timer: send the newer one.
        }
    }

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

    // A transfer's receiving case id is derived from the sending case, so a retried transfer
    // reaches the same receiving case instead of creating a second one.
    private string ReceivingId() =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"transfer:{_tenant}/{_id}")))[..32];

    private static CaseFile WithoutPersonalData(CaseFile file) => file with
    {
        Subject = null,
        Household = null,
        WithdrawalDuration = null,
        Concerns = [],
        AssignedTo = null,
        Notes = null,
        Contacts = [],
        Referrals = [],
        Consents = [],
    };

}
