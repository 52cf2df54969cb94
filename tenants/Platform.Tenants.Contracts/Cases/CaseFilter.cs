namespace Platform.Tenants.Cases;

/// <summary>
/// Which cases a list shows; every condition given must hold. "Last contact" is the day of the
/// latest contact, or the opening day when there was none.
/// </summary>
/// <param name="Status">The life-cycle state.</param>
/// <param name="NameIndex">The blind index of a normalised kana.</param>
/// <param name="AssignedTo">The worker in charge (a subject id).</param>
/// <param name="LastContactBefore">Last contact before this day.</param>
/// <param name="OpenedBefore">Opened before this day.</param>
[GenerateSerializer, Immutable, Alias("platform.case-filter.v1")]
public sealed record CaseFilter(
    [property: Id(0)] CaseStatus? Status = null,
    [property: Id(1)] string? NameIndex = null,
    [property: Id(2)] string? AssignedTo = null,
    [property: Id(3)] DateOnly? LastContactBefore = null,
    [property: Id(4)] DateOnly? OpenedBefore = null)
{
    /// <summary>The day a case was last contacted, or opened when it never was.</summary>
    public static DateOnly LastContactOf(CaseSummary summary) => summary.LastContactOn ?? summary.OpenedOn;

    /// <summary>True when <paramref name="summary"/> meets every condition.</summary>
    public bool Matches(CaseSummary summary) =>
        (Status is not { } status || summary.Status == status)
        && (NameIndex is null || summary.NameIndex.Contains(NameIndex))
        && (AssignedTo is null || summary.AssignedTo == AssignedTo)
        && (LastContactBefore is not { } contact || LastContactOf(summary) < contact)
        && (OpenedBefore is not { } opened || summary.OpenedOn < opened);
}

/// <summary>One worker's open cases, and how many of them went without contact for 30, 60 and 90 days.</summary>
/// <param name="Worker">The worker's subject id; null for open cases nobody is in charge of.</param>
/// <param name="OpenCases">Cases in INTAKE, ACTIVE or MONITORING.</param>
/// <param name="NoContact30Days">Open cases last contacted (or opened) 30 days ago or longer.</param>
/// <param name="NoContact60Days">... 60 days ago or longer.</param>
/// <param name="NoContact90Days">... 90 days ago or longer.</param>
/// <param name="TasksOverdue">The worker's open tasks past due (from the work book; the case book leaves it 0).</param>
[GenerateSerializer, Immutable, Alias("platform.worker-caseload.v1")]
public sealed record WorkerCaseload(
    [property: Id(0)] string? Worker,
    [property: Id(1)] int OpenCases,
    [property: Id(2)] int NoContact30Days,
    [property: Id(3)] int NoContact60Days,
    [property: Id(4)] int NoContact90Days,
    [property: Id(5)] int TasksOverdue = 0);
