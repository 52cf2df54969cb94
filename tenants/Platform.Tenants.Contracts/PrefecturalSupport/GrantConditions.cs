namespace Platform.Tenants.PrefecturalSupport;

/// <summary>The condition of a preparation grant, computed from the next fiscal year's designation.</summary>
public static class GrantConditions
{
    /// <summary>
    /// Met when the program of the fiscal year after the grant's is of the committed tier or a
    /// higher one (center above station above project); not met once that year has ended
    /// without one; pending until then.
    /// </summary>
    public static GrantConditionStatus Evaluate(PreparationGrant grant, ProgramRecord? nextYearProgram, DateOnly today)
    {
        if (nextYearProgram is not null && Rank(nextYearProgram.Tier) >= Rank(grant.CommittedTier))
        {
            return GrantConditionStatus.Met;
        }

        return today > Common.FiscalYear.EndOf(grant.FiscalYear + 1) ? GrantConditionStatus.NotMet : GrantConditionStatus.Pending;
    }

    /// <summary>How much a tier delivers: a center 3, a station 2, a project 1.</summary>
    public static int Rank(ProgramTier tier) => tier switch
    {
        ProgramTier.RegionalSupportCenter => 3,
        ProgramTier.SupportStation => 2,
        ProgramTier.SupportProject => 1,
        _ => 0,
    };
}
