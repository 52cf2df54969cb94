namespace Platform.Tenants.Cases;

/// <summary>
/// Closed fiscal years (April–March). A fiscal year closes when the one after next begins:
/// records dated in the current or the previous fiscal year are accepted, a contact, referral,
/// referral outcome, consent or correction dated in an older one is refused with
/// DATE_IN_CLOSED_YEAR. What a closed year counts can then no longer change, so the case book
/// folds its items into monthly figures and moves the cases closed in it to the archive.
/// </summary>
public static class ClosedYears
{
    /// <summary>The latest closed fiscal year on <paramref name="today"/>.</summary>
    public static int ClosedThrough(DateOnly today) => FiscalYear.Of(today) - 2;

    /// <summary>True when <paramref name="date"/> falls in a closed fiscal year.</summary>
    public static bool IsClosed(DateOnly date, DateOnly today) => FiscalYear.Of(date) <= ClosedThrough(today);

    /// <summary>The refusal of a record dated <paramref name="date"/> when its fiscal year is closed, or null.</summary>
    public static CaseResult? Refusal(DateOnly date, DateOnly today, string field) =>
        IsClosed(date, today)
            ? CaseResult.Fail(
                "DATE_IN_CLOSED_YEAR",
                $"{field} falls in fiscal year {FiscalYear.Of(date)}, which is closed; records are accepted from fiscal year {ClosedThrough(today) + 1} ({FiscalYear.StartOf(ClosedThrough(today) + 1):yyyy-MM-dd}) on.",
                "input",
                field)
            : null;
}
