namespace Platform.Tenants.PrefecturalSupport;

/// <summary>What a prefectural officer enters to grant preparation support.</summary>
[GenerateSerializer, Immutable, Alias("platform.preparation-grant-request.v1")]
public sealed record PreparationGrantRequest(
    [property: Id(0)] string MunicipalityCode,
    [property: Id(1)] int FiscalYear,
    [property: Id(2)] ImmutableArray<PreparationGrantItem> Items,
    [property: Id(3)] ProgramTier CommittedTier);
