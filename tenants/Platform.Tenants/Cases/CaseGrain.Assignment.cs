namespace Platform.Tenants.Cases;

/// <summary>Who is in charge of a case, and the history of changes.</summary>
public sealed partial class CaseGrain
{
    /// <inheritdoc />
    public Task<CaseResult> Reassign(string assignee, string? reason, string? clientMutationId)
    {
        var target = assignee?.Trim() ?? "";
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return Change(clientMutationId, "case.reassign", (file, caller) =>
        {
            if (target.Length == 0)
            {
                return CaseResult.Fail("ASSIGNEE_REQUIRED", "A case is reassigned to a worker; assignee cannot be empty.", "input", "assignee");
            }

            if (target.Length > CaseRules.MaxText || why is { Length: > CaseRules.MaxNotes })
            {
                return CaseResult.Fail("TOO_LONG", "assignee or reason is too long.", "input");
            }

            if ((TextRules.Check(target, false, "assignee") ?? TextRules.Check(why, true, "reason")) is { } invalid)
            {
                return new CaseResult(null, [invalid]);
            }

            if (!caller.IsInRole(Roles.Supervisor) && file.AssignedTo != caller.Subject)
            {
                return CaseResult.Fail("REASSIGN_NOT_ALLOWED", "Only a supervisor, or the worker in charge handing over, reassigns a case.", "input", "caseId");
            }

            if (file.AssignedTo == target)
            {
                return CaseResult.Fail("ALREADY_ASSIGNED", "The case is assigned to this worker already.", "input", "assignee");
            }

            var at = clock.GetUtcNow();
            return Edited(
                file with { AssignedTo = target },
                logged: new CaseChange(at, caller.Subject, "reassign", ["assignedTo"], why, file.AssignedTo),
                notice: new NoticeDraft(NoticeKind.CaseReassigned, NoticeAudience.Person(target), "Case", $"{_tenant}/{_id}", $"case-reassigned|{_tenant}/{_id}|{target}|{at.UtcTicks}"));
        }, allowClosed: true);
    }

    /// <inheritdoc />
    public async Task<ImmutableArray<CaseChange>> GetHistory()
    {
        if (state.State.File is null)
        {
            return [];
        }

        await Audit(Caller(), "case.history-read", AuditOutcome.Allowed);
        return [.. state.State.History];
    }
}
