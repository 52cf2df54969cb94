namespace Platform.Tenants.Cases;

/// <summary>
/// Group commit of the shards. The grain works on its own copy of each shard (<c>_live</c>);
/// a write stores a snapshot taken when it begins, so the provider never serializes a shard
/// that an interleaved call is changing. One write per shard is on its way at a time; changes
/// made meanwhile wait for the next, which takes them all.
/// </summary>
public sealed partial class CaseBookGrain
{
    private CaseBookShard[] _live = [];
    private readonly Task?[] _writing;
    private readonly Task?[] _queued;
    private bool _writeFailed;

    // Months entries touched while a roll-up was on its way (null when none is).
    private HashSet<int>? _reportingTouched;

    // Completes when a write of shard <index> that began after this call has succeeded.
    private Task Write(int index)
    {
        if (_queued[index] is { } queued)
        {
            return queued;
        }

        if (_writing[index] is not { IsCompleted: false } writing)
        {
            return _writing[index] = WriteNow(index);
        }

        return _queued[index] = WriteAfter(writing, index);
    }

    // Completes when every change of shard <index> made so far is stored.
    private Task Stored(int index)
    {
        ThrowIfWriteFailed();
        return _queued[index] ?? (_writing[index] is { IsCompleted: false } writing ? writing : Task.CompletedTask);
    }

    private async Task WriteAfter(Task writing, int index)
    {
        try
        {
            await writing;
        }
        catch (Exception)
        {
            // Its callers hear of it; the check below fails this write's callers too.
        }

        _queued[index] = null;
        ThrowIfWriteFailed();
        await (_writing[index] = WriteNow(index));
    }

    private async Task WriteNow(int index)
    {
        var live = _live[index];
        _shards[index].State = new CaseBookShard
        {
            TenantCode = live.TenantCode,
            Cases = new Dictionary<string, CaseSummary>(live.Cases),
            PendingMonths = [.. live.PendingMonths],
            Folded = new Dictionary<int, CaseStatistics>(live.Folded),
            ClosedThrough = live.ClosedThrough,
            ArchiveYears = [.. live.ArchiveYears],
        };
        try
        {
            await _shards[index].WriteStateAsync();
        }
        catch
        {
            // Memory now holds changes the database may not: no call of this activation may
            // answer as if they were stored. The storage failure filter drops the activation.
            _writeFailed = true;
            throw;
        }
    }

    private void ThrowIfWriteFailed()
    {
        if (_writeFailed)
        {
            throw new StorageUnavailableException("The case book could not be stored; nothing was saved. Retry shortly.");
        }
    }
}
