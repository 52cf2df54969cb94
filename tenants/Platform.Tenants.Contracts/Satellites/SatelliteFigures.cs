namespace Platform.Tenants.Satellites;

/// <summary>
/// One prefecture's satellites as the nation sums them: how many in each status now, and how
/// many transitioned in each fiscal year.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.satellite-figures.v1")]
public sealed record SatelliteFigures(
    [property: Id(0)] string PrefectureCode,
    [property: Id(1)] int Planned,
    [property: Id(2)] int Operating,
    [property: Id(3)] int Transitioned,
    [property: Id(4)] int Closed,
    [property: Id(5)] ImmutableSortedDictionary<int, int> TransitionsByFiscalYear)
{
    /// <summary>True when both hold the same figures.</summary>
    public bool SameAs(SatelliteFigures other) =>
        PrefectureCode == other.PrefectureCode && Planned == other.Planned && Operating == other.Operating
        && Transitioned == other.Transitioned && Closed == other.Closed
        && TransitionsByFiscalYear.SequenceEqual(other.TransitionsByFiscalYear);
}
