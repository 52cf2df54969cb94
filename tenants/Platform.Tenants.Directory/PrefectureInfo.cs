namespace Platform.Tenants.Directory;

/// <summary>A prefecture (都道府県) as the reference data lists it.</summary>
[GenerateSerializer, Immutable, Alias("platform.prefecture-info.v1")]
public sealed record PrefectureInfo(
    [property: Id(0)] string Code,
    [property: Id(1)] string LgCode,
    [property: Id(2)] string Name,
    [property: Id(3)] string Kana);
