namespace Platform.Tenants.Cases;

/// <summary>The outcome of setting the retention: the years now set, or user errors and no change.</summary>
[GenerateSerializer, Immutable, Alias("platform.retention-result.v1")]
public sealed record RetentionResult(
    [property: Id(0)] int? Years,
    [property: Id(1)] ImmutableArray<UserError> Errors);
