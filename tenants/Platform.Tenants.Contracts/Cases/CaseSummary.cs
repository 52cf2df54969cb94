namespace Platform.Tenants.Cases;

/// <summary>
/// A case as its tenant's case book lists it, and what it contributes to the tenant's
/// statistics (<see cref="Received"/>: came by transfer, so not a new case here). <see cref="LastContactOn"/>
/// is the Japanese day of the latest contact (null: none, or an entry not re-sent since it was added).
/// <see cref="Purged"/>: the case's personal data is purged and it can no longer change, so the
/// book folds its figures and drops the entry. <see cref="FoldedActivity"/>: how many of the case's
/// activity items fall in closed fiscal years; the book keeps only the others and counts those in
/// its monthly figures (the case itself keeps all). No name, address or contact details: only the keyed blind index of the kana.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.case-summary.v1")]
public sealed record CaseSummary(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string CaseNumber,
    [property: Id(2)] CaseStatus Status,
    [property: Id(3)] string? AssignedTo,
    [property: Id(4)] DateOnly OpenedOn,
    [property: Id(5)] DateOnly? ClosedOn,
    [property: Id(6)] ClosureReason? ClosureReason,
    [property: Id(7)] AgeBand AgeBand,
    [property: Id(8)] Gender Gender,
    [property: Id(9)] bool Is8050,
    [property: Id(10)] ImmutableArray<string> NameIndex,
    [property: Id(11)] ImmutableArray<CaseActivity> Activity,
    [property: Id(12)] DateTimeOffset UpdatedAt,
    [property: Id(13)] bool Received,
    [property: Id(14)] DateOnly? LastContactOn = null,
    [property: Id(15)] bool Purged = false,
    [property: Id(16)] int FoldedActivity = 0);
