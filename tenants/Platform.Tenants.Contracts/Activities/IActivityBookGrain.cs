using Platform.Tenants.Statistics;

namespace Platform.Tenants.Activities;

/// <summary>
/// A tenant's activity book, keyed by the tenant's LG code (a municipality or a prefecture): its
/// recorded activities, its places of belonging and its consultation desk, and what they show
/// (functions delivered, statistics). Monthly tallies roll up to the prefecture's activity totals.
/// </summary>
[Alias("platform.activity-book"), OwnedBy(OwnerKind.Tenant)]
public interface IActivityBookGrain : IGrainWithStringKey
{
    /// <summary>Records an activity; a retry with the same client mutation id applies once.</summary>
    [Alias("record"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer])]
    Task<ActivityResult> Record(Activity activity, string? clientMutationId);

    /// <summary>
    /// Withdraws an activity recorded by mistake: it no longer counts anywhere (tallies, function
    /// delivery, requests, statistics), and the book keeps it with the reason.
    /// </summary>
    [Alias("withdraw"), Access(AccessLevel.Tenant, Roles = [Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer])]
    Task<ActivityResult> Withdraw(string activityId, string reason, string? clientMutationId);

    /// <summary>Registers a place of belonging; its id is chosen here (<see cref="PlaceOfBelonging.Id"/> is ignored).</summary>
    [Alias("register-place"), Access(AccessLevel.Tenant, Roles = [Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer])]
    Task<PlaceResult> RegisterPlace(PlaceOfBelonging place, string? clientMutationId);

    /// <summary>Sets the consultation desk; <see cref="ConsultationDesk.Since"/> is set here to today.</summary>
    [Alias("set-desk"), Access(AccessLevel.Tenant, Roles = [Roles.TenantAdmin, Roles.PrefecturalOfficer])]
    Task<DeskResult> SetDesk(ConsultationDesk desk, string? clientMutationId);

    /// <summary>Plans an activity for today or a later day; it counts nowhere until it is held.</summary>
    [Alias("plan"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer])]
    Task<PlannedActivityResult> Plan(ActivityKind kind, DateOnly plannedOn, string? placeId, string? title, string? clientMutationId);

    /// <summary>
    /// Records that a planned activity took place: <paramref name="held"/> (its day and attendance;
    /// kind and place are the plan's) is recorded as any activity is, and the plan becomes HELD.
    /// </summary>
    [Alias("hold-planned"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer])]
    Task<PlannedActivityResult> HoldPlanned(string plannedId, Activity held, string? clientMutationId);

    /// <summary>Calls off a planned activity, with a reason.</summary>
    [Alias("cancel-planned"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer])]
    Task<PlannedActivityResult> CancelPlanned(string plannedId, string reason, string? clientMutationId);

    /// <summary>The planned activities (any status) whose day falls in a fiscal year, by day.</summary>
    [Alias("planned"), Orleans.Concurrency.ReadOnly]
    [Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer], AllowPrefecture = true)]
    Task<ImmutableArray<PlannedActivity>> GetPlanned(int fiscalYear);

    /// <summary>Changes a place of belonging's name, address, schedule or publicity.</summary>
    [Alias("update-place"), Access(AccessLevel.Tenant, Roles = [Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer])]
    Task<PlaceResult> UpdatePlace(PlaceOfBelonging place, string? clientMutationId);

    /// <summary>Closes a place of belonging: it leaves the public directory, and no session can be held there after the day.</summary>
    [Alias("close-place"), Access(AccessLevel.Tenant, Roles = [Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer])]
    Task<PlaceResult> ClosePlace(string placeId, DateOnly closedOn, string? clientMutationId);

    /// <summary>The activities held in a fiscal year, optionally of one kind, oldest first.</summary>
    [Alias("activities"), Orleans.Concurrency.ReadOnly]
    [Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer], AllowPrefecture = true)]
    Task<ImmutableArray<Activity>> GetActivities(int fiscalYear, ActivityKind? kind);

    /// <summary>Every registered place of belonging, public or not.</summary>
    [Alias("places"), Orleans.Concurrency.ReadOnly]
    [Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer], AllowPrefecture = true)]
    Task<ImmutableArray<PlaceOfBelonging>> GetPlaces();

    /// <summary>The places of belonging marked public: the public directory's view.</summary>
    [Alias("public-places"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Public)]
    Task<ImmutableArray<PlaceOfBelonging>> GetPublicPlaces();

    /// <summary>The consultation desk when it is publicised; null otherwise.</summary>
    [Alias("public-desk"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Public)]
    Task<ConsultationDesk?> GetPublicDesk();

    /// <summary>Each support function with the number of records showing it delivered in the fiscal year.</summary>
    [Alias("function-delivery"), Orleans.Concurrency.ReadOnly]
    [Access(AccessLevel.Tenant, Roles = [Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer], AllowPrefecture = true)]
    Task<ImmutableArray<FunctionDelivery>> GetFunctionDelivery(int fiscalYear);

    /// <summary>The tenant's program of the fiscal year against its tier's rules; null when it ran none.</summary>
    [Alias("tier-delivery"), Orleans.Concurrency.ReadOnly]
    [Access(AccessLevel.Tenant, Roles = [Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer], AllowPrefecture = true)]
    Task<TierDelivery?> GetTierDelivery(int fiscalYear);

    /// <summary>The tenant's own statistics, unsuppressed, for a fiscal year or one calendar month of it.</summary>
    [Alias("statistics"), Orleans.Concurrency.ReadOnly]
    [Access(AccessLevel.Tenant, Roles = [Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer], AllowPrefecture = true)]
    Task<StatisticsSheet> GetStatistics(int fiscalYear, int? month);

    /// <summary>
    /// Carries the consultation desk into the current fiscal year: a desk stays clear (and
    /// publicised) from one year to the next without any new record, so each new year's request
    /// status is reported from it. What the desk's daily reminder runs.
    /// </summary>
    [Alias("carry-desk-forward"), Access(AccessLevel.System)]
    Task CarryDeskForward();
}
