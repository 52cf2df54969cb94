using Platform.Tenants.Activities;

namespace Platform.Tenants.Statistics;

/// <summary>
/// The statistics of one area and period as a reader sees them. Counts of people and contacts
/// are <see cref="Cell"/>s, hidden in published sheets (<see cref="Suppressed"/>); counts of
/// sessions, programs and request answers are about public bodies and events and always shown.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.statistics-sheet.v1")]
public sealed record StatisticsSheet(
    [property: Id(0)] int FiscalYear,
    [property: Id(1)] int? Month,
    [property: Id(2)] bool Suppressed,
    [property: Id(3)] Cell NewCases,
    [property: Id(4)] Cell Contacts,
    [property: Id(5)] Cell ActiveCases,
    [property: Id(6)] Cell OutreachVisits,
    [property: Id(7)] ImmutableArray<ActivitySheetRow> Activities,
    [property: Id(8)] ProgramSummary Programs,
    [property: Id(9)] RequestStatusSummary Requests)
{
    /// <summary>Every figure shown: for the area itself and those entitled to its unsuppressed figures.</summary>
    public static StatisticsSheet Plain(AreaFigures figures) => new(
        figures.FiscalYear,
        figures.Month,
        false,
        Cell.Of(figures.NewCases),
        Cell.Of(figures.Contacts),
        Cell.Of(figures.ActiveCases),
        Cell.Of(figures.OutreachVisits),
        [.. Enum.GetValues<ActivityKind>().Select(kind => figures.Tally(kind)).Select(t =>
            new ActivitySheetRow(t.Kind, t.Sessions, Cell.Of(t.Participants), Cell.Of(t.FirstTimeParticipants)))],
        figures.Programs,
        figures.Requests);
}
