using Platform.Tenants.Activities;

namespace Platform.Tenants.Statistics;

/// <summary>
/// The raw figures of one area (a tenant, a prefecture or the nation) for a fiscal year or one
/// of its months: consultations from the case counters, activities by kind, programs, requests.
/// Never published as is: see <see cref="StatisticsSheet"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.area-figures.v1")]
public sealed record AreaFigures(
    [property: Id(0)] int FiscalYear,
    [property: Id(1)] int? Month,
    [property: Id(2)] int NewCases,
    [property: Id(3)] int Contacts,
    [property: Id(4)] int ActiveCases,
    [property: Id(5)] int OutreachVisits,
    [property: Id(6)] ImmutableArray<ActivityTally> Activities,
    [property: Id(7)] ProgramSummary Programs,
    [property: Id(8)] RequestStatusSummary Requests,
    [property: Id(9)] ImmutableDictionary<string, int>? Contributors = null,
    [property: Id(10)] ImmutableDictionary<string, int>? Largest = null)
{
    /// <summary>
    /// The largest single tenant's count in the figure of <paramref name="measure"/>; null when
    /// the figures do not say.
    /// </summary>
    public int? LargestOf(string measure) => Largest?.GetValueOrDefault(measure);

    /// <summary>
    /// From how many tenants (with a count above zero) the figure of <paramref name="measure"/>
    /// was counted (see <see cref="Measures"/>); null when the figures do not say.
    /// </summary>
    public int? ContributorsOf(string measure) => Contributors?.GetValueOrDefault(measure);

    /// <summary>The tally of <paramref name="kind"/> (zero when none was held).</summary>
    public ActivityTally Tally(ActivityKind kind) =>
        Activities.FirstOrDefault(t => t.Kind == kind) ?? new ActivityTally(kind, 0, 0, 0);
}
