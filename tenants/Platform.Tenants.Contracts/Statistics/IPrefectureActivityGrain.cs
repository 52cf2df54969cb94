using Platform.Tenants.Activities;

namespace Platform.Tenants.Statistics;

/// <summary>
/// The activity totals of one prefecture's tenants (its municipalities and itself), keyed by the
/// 2-digit prefecture code and kept current by the activity books' reports; and the prefecture's
/// statistics built from them with its case counters, programs and requests.
/// </summary>
[Alias("platform.prefecture-activity"), OwnedBy(OwnerKind.Prefecture)]
public interface IPrefectureActivityGrain : IGrainWithStringKey
{
    /// <summary>Sets (not adds) a tenant's tallies for the months given.</summary>
    [Alias("report"), Access(AccessLevel.System)]
    Task Report(string tenantCode, ImmutableArray<ActivityMonth> months);

    /// <summary>The prefecture's raw figures for a fiscal year or one of its months.</summary>
    [Alias("figures"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.System)]
    Task<AreaFigures> GetFigures(int fiscalYear, int? month);

    /// <summary>The prefecture's unsuppressed statistics, for its own staff.</summary>
    [Alias("statistics"), Orleans.Concurrency.ReadOnly]
    [Access(AccessLevel.Tenant, Roles = [Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer])]
    Task<StatisticsSheet> GetStatistics(int fiscalYear, int? month);
}
