namespace Platform.Tenants.Activities;

/// <summary>The outcome of registering a place of belonging.</summary>
[GenerateSerializer, Immutable, Alias("platform.place-result.v1")]
public sealed record PlaceResult(
    [property: Id(0)] PlaceOfBelonging? Place,
    [property: Id(1)] ImmutableArray<UserError> Errors);
