namespace Platform.Tenants.Work;

/// <summary>The shared steps of every work change: replay, the case's state, audit, store, notices.</summary>
public sealed partial class WorkBookGrain
{
    private async Task<WorkResult> Create(string? clientMutationId, string caseId, string action, Func<CaseStanding, Caller, DateOnly, WorkResult> build)
    {
        var caller = Caller();
        if (Applied(caller, clientMutationId) is { } earlier)
        {
            return earlier;
        }

        var (file, refusal) = await OpenCase(caseId);
        if (refusal is not null)
        {
            return refusal;
        }

        var result = build(file!, caller, Today());
        return result.Item is null ? result : await Commit(result.Item, caller, clientMutationId, action);
    }

    private async Task<WorkResult> Change(string? clientMutationId, string itemId, string action, Func<WorkItem, CaseStanding?, ICaseGrain, Task<WorkResult>> apply)
    {
        var caller = Caller();
        if (Applied(caller, clientMutationId) is { } earlier)
        {
            return earlier;
        }

        if (itemId.Length != 32 || itemId.AsSpan().ContainsAnyExcept("0123456789abcdef") || !ShardOf(itemId).Items.TryGetValue(itemId, out var item))
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
        return result.Item is null ? result : await Commit(result.Item with { UpdatedAt = clock.GetUtcNow() }, caller, clientMutationId, action);
    }

    // A retried command answers with the item as it is now, never a stored reply. The command is
    // remembered in its item's shard, written with the item.
    private WorkResult? Applied(Caller caller, string? clientMutationId)
    {
        foreach (var shard in shards)
        {
            if (Command(shard, caller, clientMutationId).WasApplied(out var id) && ShardOf(id).Items.TryGetValue(id, out var item))
            {
                return new WorkResult(item, []);
            }
        }

        return null;
    }

    private ClientCommand<WorkBookShard> Command(IStorage<WorkBookShard> shard, Caller caller, string? clientMutationId) =>
        ClientCommand.Of(shard, caller, clientMutationId, logger, "work");

    // Where the case stands, asked as the caller (the case grain's access rules apply); no
    // personal data is read, the change itself is audited.
    private async Task<(CaseStanding? File, WorkResult? Refusal)> OpenCase(string caseId)
    {
        if (caseId.Length != 32 || caseId.AsSpan().ContainsAnyExcept("0123456789abcdef"))
        {
            return (null, WorkResult.Fail("CASE_NOT_FOUND", "There is no case with this id.", "input", "caseId"));
        }

        var file = await CaseGrain(caseId).GetStanding();
        if (file is null)
        {
            return (null, WorkResult.Fail("CASE_NOT_FOUND", "There is no case with this id.", "input", "caseId"));
        }

        return WorkRules.CaseNotOpen(file) is { } error ? (file, new WorkResult(null, [error])) : (file, null);
    }

    private ICaseGrain CaseGrain(string caseId) => GrainFactory.Grain<ICaseGrain>($"{_tenant}/{caseId}");

    private async Task<WorkResult> Commit(WorkItem item, Caller caller, string? clientMutationId, string action)
    {
        var shard = shards[WorkBookShard.Layout.Of(item.Id)];
        var result = await Command(shard, caller, clientMutationId).Apply(
            item.Id,
            () =>
            {
                shard.State.TenantCode = _tenant;
                _index.Put(shard.State.Items.GetValueOrDefault(item.Id), item);
                shard.State.Items[item.Id] = item;
                CollectDue(item, clock.GetUtcNow(), Today());
            },
            new WorkResult(item, []),
            outcome => audit.AppendAsync(AuditRecord.For(caller, _tenant, action, "WorkItem", item.Id, outcome, clock.GetUtcNow())));
        await EnsureReminder();
        await SendNotices();
        return result;
    }
}
