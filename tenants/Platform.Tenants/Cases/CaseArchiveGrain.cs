namespace Platform.Tenants.Cases;

/// <summary>
/// One fiscal year of a case book's archive (<see cref="ICaseArchiveGrain"/>). Only the case book
/// calls it, one call at a time per entry, so a plain grain suffices.
/// </summary>
public sealed class CaseArchiveGrain(
    [PersistentState("case-archive", StorageNames.Platform)] IPersistentState<CaseArchiveState> state) : Grain, ICaseArchiveGrain
{
    /// <inheritdoc />
    public async Task Put(ImmutableArray<CaseSummary> entries)
    {
        var changed = false;
        foreach (var entry in entries)
        {
            if (!state.State.Cases.TryGetValue(entry.CaseId, out var stored) || stored != entry)
            {
                state.State.Cases[entry.CaseId] = entry;
                changed = true;
            }
        }

        if (changed)
        {
            state.State.TenantCode = Tenant();
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public async Task Take(ImmutableArray<string> caseIds)
    {
        if (caseIds.Count(id => state.State.Cases.Remove(id)) > 0)
        {
            state.State.TenantCode = Tenant();
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public Task<ImmutableArray<CaseSummary>> All() => Task.FromResult(state.State.Cases.Values.ToImmutableArray());

    private string Tenant()
    {
        var key = this.GetPrimaryKeyString();
        return key[..key.IndexOf('/')];
    }
}

/// <summary>The stored entries of one fiscal year of a case book's archive; encrypted at rest like the book.</summary>
[GenerateSerializer, Alias("platform.case-archive-state.v1")]
public sealed class CaseArchiveState : ITenantOwnedState
{
    /// <inheritdoc />
    [Id(0)]
    public string TenantCode { get; set; } = "";

    /// <summary>The archived entries, by case id.</summary>
    [Id(1)]
    public Dictionary<string, CaseSummary> Cases { get; set; } = [];
}
