namespace Platform.Tenants.Activities;

/// <summary>An area's activity tallies of one calendar month (<see cref="Month"/> as yyyyMM), one per kind held.</summary>
[GenerateSerializer, Immutable, Alias("platform.activity-month.v1")]
public sealed record ActivityMonth(
    [property: Id(0)] int Month,
    [property: Id(1)] ImmutableArray<ActivityTally> Tallies)
{
    /// <summary>Content equality, the tallies compared in order.</summary>
    public bool Same(ActivityMonth other) => Month == other.Month && Tallies.SequenceEqual(other.Tallies);
}
