namespace Platform.Tenants.Activities;

/// <summary>The outcome of setting the consultation desk.</summary>
[GenerateSerializer, Immutable, Alias("platform.desk-result.v1")]
public sealed record DeskResult(
    [property: Id(0)] ConsultationDesk? Desk,
    [property: Id(1)] ImmutableArray<UserError> Errors);
