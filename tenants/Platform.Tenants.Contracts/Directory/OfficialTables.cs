namespace Platform.Tenants.Directory;

/// <summary>The published national tables, by fiscal year: official figures, never mixed with our counts.</summary>
[GenerateSerializer, Immutable, Alias("platform.official-tables.v1")]
public sealed record OfficialTables(
    [property: Id(0)] ImmutableArray<ProgramSummary> ProgramCounts,
    [property: Id(1)] ImmutableArray<RequestStatusSummary> RequestStatus);
