namespace Platform.Tenants.Directory;

/// <summary>What loading the reference data did at start.</summary>
[GenerateSerializer, Immutable, Alias("platform.seed-report.v1")]
public sealed record SeedReport(
    [property: Id(0)] bool AlreadySeeded,
    [property: Id(1)] int Prefectures,
    [property: Id(2)] int Municipalities,
    [property: Id(3)] int ProgramsLoaded,
    [property: Id(4)] TimeSpan Elapsed);
