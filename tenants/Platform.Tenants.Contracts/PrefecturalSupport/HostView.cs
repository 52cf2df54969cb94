using Platform.Tenants.Satellites;

namespace Platform.Tenants.PrefecturalSupport;

/// <summary>
/// What a municipality sees of its prefecture's support for it: the satellites it hosts (status
/// and dates, without the prefecture's history or case ids), their alerts, and its own
/// preparation grants.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.host-view.v1")]
public sealed record HostView(
    [property: Id(0)] ImmutableArray<SatelliteRecord> Satellites,
    [property: Id(1)] ImmutableArray<SatelliteAlert> Alerts,
    [property: Id(2)] ImmutableArray<PreparationGrant> Grants);
