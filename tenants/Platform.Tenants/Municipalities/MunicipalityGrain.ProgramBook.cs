namespace Platform.Tenants.Municipalities;

/// <summary>
/// The municipality's entries in its prefecture's program books (<see cref="IProgramBookGrain"/>):
/// marked as changing before a program changes, set by the roll-up once the change is stored.
/// </summary>
public sealed partial class MunicipalityGrain
{
    /// <inheritdoc />
    public async Task ResendPrograms()
    {
        // In memory only: the sends set what is stored, so a lost mark here costs nothing.
        state.State.PendingRollup.UnionWith(state.State.Programs.Keys);
        await RollUpPending();
    }

    // Before the program of the year changes, even in memory (GetProgram interleaves): from the
    // stored mark until the roll-up sets the stored program, pages read this row from this grain.
    // When the mark cannot be stored the change is not made.
    private async Task MarkChanging(int fiscalYear)
    {
        using var system = CallerContext.EnterSystem(signer);
        await Book(fiscalYear).MarkChanging(_info.Code);
    }

    private IProgramBookGrain Book(int fiscalYear) =>
        GrainFactory.Grain<IProgramBookGrain>(ProgramBookKey.Of(_info.PrefectureCode, fiscalYear));
}
