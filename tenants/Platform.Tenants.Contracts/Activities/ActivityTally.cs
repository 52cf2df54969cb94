namespace Platform.Tenants.Activities;

/// <summary>Activities of one kind in an area and period: how many, and how many took part (counts only).</summary>
[GenerateSerializer, Immutable, Alias("platform.activity-tally.v1")]
public sealed record ActivityTally(
    [property: Id(0)] ActivityKind Kind,
    [property: Id(1)] int Sessions,
    [property: Id(2)] int Participants,
    [property: Id(3)] int FirstTimeParticipants)
{
    /// <summary>The sum of two tallies of the same kind.</summary>
    public ActivityTally Add(ActivityTally other) =>
        new(Kind, Sessions + other.Sessions, Participants + other.Participants, FirstTimeParticipants + other.FirstTimeParticipants);
}
