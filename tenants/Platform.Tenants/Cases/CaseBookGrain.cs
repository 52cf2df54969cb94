using System.Collections.Immutable;
using Platform.Tenants.Common;

namespace Platform.Tenants.Cases;

/// <summary>
/// A tenant's case book: numbers, the index that lists and pages cases without touching them,
/// and the counters, which are computed from the entries (each case's entry is replaced, never
/// added to), so they always equal a recount.
/// </summary>
public sealed class CaseBookGrain(
    [PersistentState("case-book", StorageNames.Platform)] IPersistentState<CaseBookState> state) : Grain, ICaseBookGrain
{
    private List<CaseSummary>? _byNumber;

    /// <inheritdoc />
    public async Task<string> NextNumber(int fiscalYear)
    {
        state.State.TenantCode = this.GetPrimaryKeyString();
        var next = state.State.LastNumbers.GetValueOrDefault(fiscalYear) + 1;
        state.State.LastNumbers[fiscalYear] = next;

        // Written before the number is handed out: a number is never given twice.
        await state.WriteStateAsync();
        return $"{fiscalYear}-{next:D6}";
    }

    /// <inheritdoc />
    public async Task Upsert(CaseSummary summary)
    {
        if (state.State.Cases.TryGetValue(summary.CaseId, out var current) && SameContent(current, summary))
        {
            return;
        }

        state.State.TenantCode = this.GetPrimaryKeyString();
        state.State.Cases[summary.CaseId] = summary;
        _byNumber = null;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<CasePage> List(CaseStatus? status, string? nameIndex, string? afterCaseNumber, int first)
    {
        IEnumerable<CaseSummary> items = ByNumber();
        if (status is { } wanted)
        {
            items = items.Where(c => c.Status == wanted);
        }

        if (nameIndex is not null)
        {
            items = items.Where(c => c.NameIndex.Contains(nameIndex));
        }

        var matching = items.ToList();
        var start = afterCaseNumber is null ? 0 : matching.FindIndex(c => string.CompareOrdinal(c.CaseNumber, afterCaseNumber) > 0);
        if (start < 0)
        {
            start = matching.Count;
        }

        var page = matching.Skip(start).Take(Math.Clamp(first, 0, 100)).ToImmutableArray();
        return Task.FromResult(new CasePage(page, start + page.Length < matching.Count, matching.Count));
    }

    /// <inheritdoc />
    public Task<CaseStatistics> GetStatistics(int fiscalYear, int? month) =>
        Task.FromResult(CaseCounters.Count(state.State.Cases.Values, fiscalYear, month));

    private List<CaseSummary> ByNumber() =>
        _byNumber ??= [.. state.State.Cases.Values.OrderBy(c => c.CaseNumber, StringComparer.Ordinal)];

    // Everything but the time stamp: a re-sent entry with new time and same content changes nothing.
    private static bool SameContent(CaseSummary a, CaseSummary b) =>
        a with { UpdatedAt = default, NameIndex = [], Activity = [] } == b with { UpdatedAt = default, NameIndex = [], Activity = [] }
        && a.NameIndex.SequenceEqual(b.NameIndex) && a.Activity.SequenceEqual(b.Activity);
}
