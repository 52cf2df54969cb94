namespace Platform.Tenants.Cases;

/// <summary>
/// Where a case stands: its status, the day it was opened and whether it was purged. No personal
/// data, so reading it is not audited; a task or appointment is checked against it.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.case-standing.v1")]
public sealed record CaseStanding(
    [property: Id(0)] CaseStatus Status,
    [property: Id(1)] DateOnly OpenedOn,
    [property: Id(2)] bool Purged)
{
    /// <summary>Where <paramref name="file"/> stands.</summary>
    public static CaseStanding Of(CaseFile file) => new(file.Status, file.OpenedOn, file.Purged);
}
