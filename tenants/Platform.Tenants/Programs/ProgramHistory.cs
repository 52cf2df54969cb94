using Platform.Tenants.Common;

namespace Platform.Tenants.Programs;

/// <summary>
/// The programs of one government body by fiscal year, as both municipalities and prefectures
/// keep them: designation with replay of retried mutations, and loading from reference data.
/// The caller stores the state when a method says it changed something.
/// </summary>
public static class ProgramHistory
{
    /// <summary>
    /// Applies a designation by <paramref name="caller"/>: the first result again for a retried
    /// client mutation id, user errors without a change, or the stored program.
    /// </summary>
    public static DesignationResult Designate(
        SortedDictionary<int, ProgramRecord> programs,
        ReplyCache<DesignationResult> replies,
        ProgramDesignation designation,
        Caller caller,
        bool forPrefecture,
        out bool changed)
    {
        changed = false;
        var key = ReplyCache<DesignationResult>.KeyOf(caller, designation.ClientMutationId);
        if (replies.TryGet(key, out var earlier))
        {
            return earlier;
        }

        var errors = DesignationRules.Validate(designation, forPrefecture);
        if (!errors.IsEmpty)
        {
            return new DesignationResult(null, errors);
        }

        var record = DesignationRules.ToRecord(designation, programs.GetValueOrDefault(designation.FiscalYear));
        var result = new DesignationResult(record, []);
        programs[record.FiscalYear] = record;
        replies.Remember(key, result);
        changed = true;
        return result;
    }

    /// <summary>
    /// Loads a program from reference data unless its fiscal year has one already: loading is
    /// idempotent and never overwrites what an officer designated since. True when it changed.
    /// </summary>
    public static bool Seed(SortedDictionary<int, ProgramRecord> programs, ProgramRecord program) =>
        programs.TryAdd(program.FiscalYear, program);
}
