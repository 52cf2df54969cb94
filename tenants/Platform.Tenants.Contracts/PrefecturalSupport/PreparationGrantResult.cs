namespace Platform.Tenants.PrefecturalSupport;

/// <summary>The outcome of a grant: the grant as stored, or user errors and no change.</summary>
[GenerateSerializer, Immutable, Alias("platform.preparation-grant-result.v1")]
public sealed record PreparationGrantResult(
    [property: Id(0)] PreparationGrant? Grant,
    [property: Id(1)] ImmutableArray<UserError> Errors);
