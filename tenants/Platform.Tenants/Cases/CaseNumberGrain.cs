using Orleans.Concurrency;

namespace Platform.Tenants.Cases;

/// <summary>
/// Hands out case numbers of one tenant and fiscal year, never the same one twice. Numbers are
/// taken at once and stored together: while one write is on its way, the numbers taken meanwhile
/// wait for the next write, which stores the highest of them (group commit). A number is handed
/// out only after a write that began after it was taken has succeeded.
/// </summary>
[Reentrant]
public sealed class CaseNumberGrain(
    [PersistentState("case-number", StorageNames.Platform)] IPersistentState<CaseNumberState> state) : Grain, ICaseNumberGrain
{
    private Task? _writing;
    private Task? _queued;

    /// <inheritdoc />
    public async Task<string> Next()
    {
        var key = this.GetPrimaryKeyString();
        var fiscalYear = int.Parse(key[(key.IndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var number = ++state.State.Last;

        // A failed write drops the activation (the silo's storage failure filter) and every
        // number taken since the last stored one with it: none of them was handed out.
        await Stored();
        return $"{fiscalYear}-{number:D6}";
    }

    // A write that begins after this call: the one queued behind the write on its way, or a new one.
    private Task Stored()
    {
        if (_queued is { } queued)
        {
            return queued;
        }

        if (_writing is not { IsCompleted: false } writing)
        {
            return _writing = state.WriteStateAsync();
        }

        return _queued = WriteAfter(writing);
    }

    private async Task WriteAfter(Task writing)
    {
        // The earlier write's own callers hear of its failure; this one is tried regardless, and
        // fails as well when the activation's state can no longer be written.
        try
        {
            await writing;
        }
        catch (Exception)
        {
        }

        _queued = null;
        await (_writing = state.WriteStateAsync());
    }
}
