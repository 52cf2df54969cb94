namespace Platform.Tenants.Statistics;

/// <summary>The stored published tables: per fiscal year, the snapshot of the current period.</summary>
[GenerateSerializer, Alias("platform.national-statistics-state.v1")]
public sealed class NationalStatisticsState
{
    /// <summary>Snapshots by fiscal year.</summary>
    [Id(0)]
    public Dictionary<int, PublishedTable> Tables { get; set; } = [];
}

/// <summary>A published table and the period (yyyyMM of its first month) it was taken for.</summary>
[GenerateSerializer, Immutable, Alias("platform.published-table.v1")]
public sealed record PublishedTable(
    [property: Id(0)] int Period,
    [property: Id(1)] NationalTable Table);
