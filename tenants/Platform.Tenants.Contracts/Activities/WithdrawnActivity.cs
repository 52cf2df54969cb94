namespace Platform.Tenants.Activities;

/// <summary>An activity taken back from the records (recorded by mistake), kept with why, by whom and when.</summary>
[GenerateSerializer, Immutable, Alias("platform.withdrawn-activity.v1")]
public sealed record WithdrawnActivity(
    [property: Id(0)] Activity Activity,
    [property: Id(1)] string Reason,
    [property: Id(2)] string By,
    [property: Id(3)] DateTimeOffset At);
