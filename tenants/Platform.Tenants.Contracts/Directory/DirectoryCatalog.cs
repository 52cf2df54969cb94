using System.Collections.Immutable;
using Platform.Tenants.Programs;
using Platform.Tenants.Requests;

namespace Platform.Tenants.Directory;

/// <summary>
/// The immutable reference data the platform starts from: every prefecture and municipality in
/// code order, and the published national tables (official figures, never mixed with our counts).
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.directory-catalog.v1")]
public sealed record DirectoryCatalog(
    [property: Id(0)] ImmutableArray<PrefectureInfo> Prefectures,
    [property: Id(1)] ImmutableArray<MunicipalityInfo> Municipalities,
    [property: Id(2)] ImmutableArray<ProgramSummary> OfficialProgramCounts,
    [property: Id(3)] ImmutableArray<RequestStatusSummary> OfficialRequestStatus);
