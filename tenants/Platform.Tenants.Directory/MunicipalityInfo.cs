namespace Platform.Tenants.Directory;

/// <summary>A municipality (市区町村) as the reference data lists it; each one is a tenant.</summary>
[GenerateSerializer, Immutable, Alias("platform.municipality-info.v1")]
public sealed record MunicipalityInfo(
    [property: Id(0)] string Code,
    [property: Id(1)] string PrefectureCode,
    [property: Id(2)] string Name,
    [property: Id(3)] string Kana,
    [property: Id(4)] MunicipalityType Type)
{
    /// <summary>True for the 20 designated cities (政令指定都市), which run their own center.</summary>
    public bool IsDesignatedCity => Type == MunicipalityType.DesignatedCity;
}
