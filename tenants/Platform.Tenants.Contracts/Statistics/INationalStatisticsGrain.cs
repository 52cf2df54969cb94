using Platform.Tenants.Access;

namespace Platform.Tenants.Statistics;

/// <summary>
/// The published national statistics, key <see cref="Key"/>: the nation and its 47 prefectures
/// for a fiscal year, small counts suppressed (<see cref="SmallCountSuppression"/>).
/// </summary>
[Alias("platform.national-statistics"), OwnedBy(OwnerKind.None)]
public interface INationalStatisticsGrain : IGrainWithStringKey
{
    /// <summary>The one key this grain is used with.</summary>
    const string Key = "nation";

    /// <summary>The published table of a fiscal year; anyone may read it.</summary>
    [Alias("table"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Public)]
    Task<NationalTable> GetTable(int fiscalYear);
}
