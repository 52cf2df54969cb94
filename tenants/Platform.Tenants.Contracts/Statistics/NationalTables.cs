using System.Collections.Immutable;
using Platform.Tenants.Activities;
using Platform.Tenants.Programs;
using Platform.Tenants.Requests;

namespace Platform.Tenants.Statistics;

/// <summary>
/// Builds the published national table from the prefectures' raw figures: each measure of
/// people or contacts (new cases, contacts, active cases, outreach visits, and per activity kind
/// participants and first-time participants) is one table of 47 parts and their national total,
/// protected by <see cref="SmallCountSuppression"/>. Measures are never added to one another in
/// a published sheet, so no other total exists to recover a hidden cell from.
/// </summary>
public static class NationalTables
{
    /// <summary>The published table of <paramref name="fiscalYear"/>.</summary>
    public static NationalTable Publish(int fiscalYear, IReadOnlyList<(string PrefectureCode, AreaFigures Figures)> prefectures, ProgramSummary nationalPrograms, RequestStatusSummary nationalRequests)
    {
        Cell[] Column(Func<AreaFigures, int> measure, out Cell total)
        {
            var (t, parts) = SmallCountSuppression.Protect([.. prefectures.Select(p => measure(p.Figures))]);
            total = t;
            return [.. parts];
        }

        var newCases = Column(f => f.NewCases, out var newCasesTotal);
        var contacts = Column(f => f.Contacts, out var contactsTotal);
        var active = Column(f => f.ActiveCases, out var activeTotal);
        var outreach = Column(f => f.OutreachVisits, out var outreachTotal);
        var kinds = Enum.GetValues<ActivityKind>();
        var participants = kinds.Select(k => (Parts: Column(f => f.Tally(k).Participants, out var total), Total: total)).ToArray();
        var firstTimers = kinds.Select(k => (Parts: Column(f => f.Tally(k).FirstTimeParticipants, out var total), Total: total)).ToArray();

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
