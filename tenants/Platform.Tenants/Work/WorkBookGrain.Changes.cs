using Platform.Tenants.Access;
using Platform.Tenants.Audit;
using Platform.Tenants.Cases;
using Platform.Tenants.Common;

namespace Platform.Tenants.Work;

/// <summary>The shared steps of every work change: replay, the case's state, audit, store, notices.</summary>
public sealed partial class WorkBookGrain
{
    private async Task<WorkResult> Create(string? clientMutationId, string caseId, string action, Func<CaseFile, Caller, DateOnly, WorkResult> build)
    {
        var caller = Caller();
        var command = ClientCommand.Of(state, caller, clientMutationId, logger, "work");
        if (Applied(command) is { } earlier)
        {
            return earlier;
        }

        var (file, refusal) = await OpenCase(caseId);
        if (refusal is not null)
        {
            return refusal;
        }

        var result = build(file!, caller, Today());
        return result.Item is null ? result : await Commit(command, result.Item, caller, action);
    }

    private async Task<WorkResult> Change(string? clientMutationId, string itemId, string action, Func<WorkItem, CaseFile?, ICaseGrain, Task<WorkResult>> apply)
    {
        var caller = Caller();
        var command = ClientCommand.Of(state, caller, clientMutationId, logger, "work");
        if (Applied(command) is { } earlier)
        {
            return earlier;
        }

        if (!state.State.Items.TryGetValue(itemId, out var item))
        {
            return WorkResult.Fail("ITEM_NOT_FOUND", "There is no task or appointment with this id.", "input", "itemId");
        }

        if (item.Status != WorkItemStatus.Open)
        {
            return WorkResult.Fail("ITEM_NOT_OPEN", $"The item is {item.Status}; it cannot change.", "input", "itemId");
        }

        var (file, refusal) = await OpenCase(item.CaseId);
        if (refusal is not null)
        {
            return refusal;
        }

        var result = await apply(item, file, CaseGrain(item.CaseId));
        return result.Item is null ? result : await Commit(command, result.Item with { UpdatedAt = clock.GetUtcNow() }, caller, action);
    }

    // A retried command answers with the item as it is now, never a stored reply.
    private WorkResult? Applied(ClientCommand<WorkBookState> command) =>
        command.WasApplied(out var id) && state.State.Items.TryGetValue(id, out var item) ? new WorkResult(item, []) : null;

    // The case is read as the caller: the case grain allows and audits the read itself.
    private async Task<(CaseFile? File, WorkResult? Refusal)> OpenCase(string caseId)
    {
        if (caseId.Length != 32 || caseId.AsSpan().ContainsAnyExcept("0123456789abcdef"))
        {
            return (null, WorkResult.Fail("CASE_NOT_FOUND", "There is no case with this id.", "input", "caseId"));
        }

        var file = await CaseGrain(caseId).Get();
        if (file is null)
        {
            return (null, WorkResult.Fail("CASE_NOT_FOUND", "There is no case with this id.", "input", "caseId"));
        }

        return WorkRules.CaseNotOpen(file) is { } error ? (file, new WorkResult(null, [error])) : (file, null);
    }

    private ICaseGrain CaseGrain(string caseId) => GrainFactory.GetGrain<ICaseGrain>($"{_tenant}/{caseId}");

    private async Task<WorkResult> Commit(ClientCommand<WorkBookState> command, WorkItem item, Caller caller, string action)
    {
        var result = await command.Apply(
            item.Id,
            () =>
            {
                state.State.TenantCode = _tenant;
                state.State.Items[item.Id] = item;
                CollectDue(item, clock.GetUtcNow(), Today());
            },
            new WorkResult(item, []),
            outcome => audit.AppendAsync(AuditRecord.For(caller, _tenant, action, "WorkItem", item.Id, outcome, clock.GetUtcNow())));
        await EnsureReminder();
        await SendNotices();
        return result;
    }
}
