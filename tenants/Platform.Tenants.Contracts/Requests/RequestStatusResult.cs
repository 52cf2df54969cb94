namespace Platform.Tenants.Requests;

/// <summary>The outcome of a report: the status as stored, or the user errors and no change.</summary>
[GenerateSerializer, Immutable, Alias("platform.request-status-result.v1")]
public sealed record RequestStatusResult(
    [property: Id(0)] MunicipalRequestStatus? Status,
    [property: Id(1)] ImmutableArray<UserError> Errors);
