using Platform.Tenants.Common;

namespace Platform.Tenants.Cases;

/// <summary>Hands out case numbers of one tenant and fiscal year, never the same one twice.</summary>
public sealed class CaseNumberGrain(
    [PersistentState("case-number", StorageNames.Platform)] IPersistentState<CaseNumberState> state) : Grain, ICaseNumberGrain
{
    /// <inheritdoc />
    public async Task<string> Next()
    {
        var key = this.GetPrimaryKeyString();
        var fiscalYear = int.Parse(key[(key.IndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        state.State.Last++;

        // Written before the number is handed out. A failed write drops the activation (the
        // silo's storage failure filter), and the increment with it: no number is given twice.
        await state.WriteStateAsync();
        return $"{fiscalYear}-{state.State.Last:D6}";
    }
}
