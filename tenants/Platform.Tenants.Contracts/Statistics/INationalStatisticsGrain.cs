namespace Platform.Tenants.Statistics;

/// <summary>
/// The published national statistics, key <see cref="Key"/>: the nation and its 47 prefectures
/// for a fiscal year, small counts suppressed (<see cref="SmallCountSuppression"/>), as taken
/// once per publication period: never the live figures.
/// </summary>
[Alias("platform.national-statistics"), OwnedBy(OwnerKind.None)]
public interface INationalStatisticsGrain : IGrainWithStringKey
{
    /// <summary>The one key this grain is used with.</summary>
    const string Key = "nation";

    /// <summary>
    /// The published table of a fiscal year as taken for the current period; anyone may read it.
    /// Not read-only: the first read in a period takes the table, and one grain turn at a time does.
    /// </summary>
    [Alias("table"), Access(AccessLevel.Public)]
    Task<NationalTable> GetTable(int fiscalYear);
}
