using Platform.Tenants.Activities;

namespace Platform.Tenants.Statistics;

/// <summary>
/// Builds the published national table from the prefectures' raw figures: each measure of
/// people or contacts (new cases, contacts, active cases, outreach visits, and per activity kind
/// participants and first-time participants) is one table of 47 parts and their national total,
/// protected by <see cref="SmallCountSuppression"/>, which also hides a prefecture's cell counted
/// from fewer than <see cref="DisclosureRules.MinContributors"/> of its tenants or dominated by one. Measures are never added to one another in
/// a published sheet, so no other total exists to recover a hidden cell from.
/// </summary>
public static class NationalTables
{
    /// <summary>The published table of <paramref name="fiscalYear"/>.</summary>
    public static NationalTable Publish(int fiscalYear, IReadOnlyList<(string PrefectureCode, AreaFigures Figures)> prefectures, ProgramSummary nationalPrograms, RequestStatusSummary nationalRequests, DisclosureRules? rules = null)
    {
        rules ??= DisclosureRules.Default;
        Cell[] Column(string name, Func<AreaFigures, int> measure, out Cell total)
        {
            var (t, parts) = SmallCountSuppression.Protect(
                [.. prefectures.Select(p => measure(p.Figures))],
                [.. prefectures.Select(p => p.Figures.ContributorsOf(name) ?? rules.MinContributors)],
                [.. prefectures.Select(p => p.Figures.LargestOf(name) ?? 0)],
                rules);
            total = t;
            return [.. parts];
        }

        var newCases = Column(Measures.NewCases, f => f.NewCases, out var newCasesTotal);
        var contacts = Column(Measures.Contacts, f => f.Contacts, out var contactsTotal);
        var active = Column(Measures.ActiveCases, f => f.ActiveCases, out var activeTotal);
        var outreach = Column(Measures.OutreachVisits, f => f.OutreachVisits, out var outreachTotal);
        var kinds = Enum.GetValues<ActivityKind>();
        var participants = kinds.Select(k => (Parts: Column(Measures.Participants(k), f => f.Tally(k).Participants, out var total), Total: total)).ToArray();
        var firstTimers = kinds.Select(k => (Parts: Column(Measures.FirstTimeParticipants(k), f => f.Tally(k).FirstTimeParticipants, out var total), Total: total)).ToArray();

        ImmutableArray<ActivitySheetRow> Rows(Func<ActivityKind, int> sessions, Func<int, Cell> participantCell, Func<int, Cell> firstTimeCell) =>
            [.. kinds.Select((k, i) => new ActivitySheetRow(k, sessions(k), participantCell(i), firstTimeCell(i)))];

        var sheets = prefectures.Select((p, row) => new PrefectureSheet(p.PrefectureCode, new StatisticsSheet(
            fiscalYear, null, true, newCases[row], contacts[row], active[row], outreach[row],
            Rows(k => p.Figures.Tally(k).Sessions, i => participants[i].Parts[row], i => firstTimers[i].Parts[row]),
            p.Figures.Programs, p.Figures.Requests))).ToImmutableArray();
        var nation = new StatisticsSheet(
            fiscalYear, null, true, newCasesTotal, contactsTotal, activeTotal, outreachTotal,
            Rows(k => prefectures.Sum(p => p.Figures.Tally(k).Sessions), i => participants[i].Total, i => firstTimers[i].Total),
            nationalPrograms, nationalRequests);
        return new NationalTable(fiscalYear, nation, sheets);
    }
}
