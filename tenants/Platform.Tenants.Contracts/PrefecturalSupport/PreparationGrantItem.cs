namespace Platform.Tenants.PrefecturalSupport;

/// <summary>One item of a preparation grant and its amount in yen.</summary>
[GenerateSerializer, Immutable, Alias("platform.preparation-grant-item.v1")]
public sealed record PreparationGrantItem(
    [property: Id(0)] PreparationItem Item,
    [property: Id(1)] long AmountYen);
