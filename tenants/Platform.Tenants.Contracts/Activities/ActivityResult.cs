namespace Platform.Tenants.Activities;

/// <summary>The outcome of recording an activity: the activity as stored, or the user errors and no change.</summary>
[GenerateSerializer, Immutable, Alias("platform.activity-result.v1")]
public sealed record ActivityResult(
    [property: Id(0)] Activity? Activity,
    [property: Id(1)] ImmutableArray<UserError> Errors);
