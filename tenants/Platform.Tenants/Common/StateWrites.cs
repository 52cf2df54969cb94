namespace Platform.Tenants.Common;

/// <summary>
/// Writing grain state so a failed write leaves nothing behind: when the write fails (the
/// database is down, or a stale version lost the race: <c>InconsistentStateException</c>), the
/// activation is dropped, so the next call reloads what is really stored instead of serving
/// the change that was never saved. The failure itself always reaches the caller.
/// </summary>
public static class StateWrites
{
    /// <summary>Writes <paramref name="state"/>; on failure deactivates <paramref name="grain"/> and rethrows.</summary>
    public static async Task WriteOrForgetAsync<T>(this IPersistentState<T> state, Grain grain)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
