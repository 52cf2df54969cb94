namespace Platform.Tenants.Cases;

/// <summary>One page of a tenant's case list, in case number order.</summary>
[GenerateSerializer, Immutable, Alias("platform.case-page.v1")]
public sealed record CasePage(
    [property: Id(0)] ImmutableArray<CaseSummary> Items,
    [property: Id(1)] bool HasMore,
    [property: Id(2)] int TotalCount);
