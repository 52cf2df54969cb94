namespace Platform.Tenants.Programs;

/// <summary>
/// The programs of one government body by fiscal year, as both municipalities and prefectures
/// keep them: designation with replay of retried mutations, and loading from reference data.
/// The caller stores the state when a method says it changed something.
/// </summary>
public static class ProgramHistory
{
    /// <summary>
    /// Applies a designation by <paramref name="caller"/>: for a retried client mutation id, the
    /// program of the fiscal year it designated as it stands now (nothing applied twice); user
    /// errors without a change; or the program, stored by <paramref name="store"/> with the
    /// state (which is given the fiscal year, for what the grain reports with it). A valid
    /// designation is announced to <paramref name="announce"/> (given the fiscal year) before
    /// anything changes, when the grain tells others it is about to change.
    /// </summary>
    public static async Task<DesignationResult> Designate<TState>(
        IPersistentState<TState> state,
        SortedDictionary<int, ProgramRecord> programs,
        ProgramDesignation designation,
        Caller caller,
        bool forPrefecture,
        ILogger logger,
        Func<int, Task> store,
        Func<int, Task>? announce = null)
        where TState : IRemembersCommands
    {
        var command = ClientCommand.Of(state, caller, designation.ClientMutationId, logger, "designation");
        if (command.WasApplied(out var year))
        {
            return Applied(programs, year);
        }

        var errors = DesignationRules.Validate(designation, forPrefecture);
        if (!errors.IsEmpty)
        {
            return new DesignationResult(null, errors);
        }

        if (announce is not null)
        {
            await announce(designation.FiscalYear);
        }

        var record = DesignationRules.ToRecord(designation, programs.GetValueOrDefault(designation.FiscalYear));
        return await command.Apply(Year(record.FiscalYear), () => programs[record.FiscalYear] = record, new DesignationResult(record, []), store: () => store(record.FiscalYear));
    }

    /// <summary>The answer to a retried command that applied to the program of <paramref name="year"/>: that program as it stands now.</summary>
    public static DesignationResult Applied(SortedDictionary<int, ProgramRecord> programs, string year) =>
        int.TryParse(year, System.Globalization.CultureInfo.InvariantCulture, out var fiscalYear) && programs.GetValueOrDefault(fiscalYear) is { } program
            ? new DesignationResult(program, [])
            : new DesignationResult(null, [new UserError("PROGRAM_NOT_FOUND", "The program this request designated is gone.", ["input", "fiscalYear"])]);

    /// <summary>A fiscal year as the id <see cref="AppliedCommands"/> keeps.</summary>
    public static string Year(int fiscalYear) => fiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Loads a program from reference data unless its fiscal year has one already: loading is
    /// idempotent and never overwrites what an officer designated since. True when it changed.
    /// </summary>
    public static bool Seed(SortedDictionary<int, ProgramRecord> programs, ProgramRecord program) =>
        programs.TryAdd(program.FiscalYear, program);
}
