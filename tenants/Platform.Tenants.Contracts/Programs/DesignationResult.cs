namespace Platform.Tenants.Programs;

/// <summary>The outcome of a designation: the program as stored, or the user errors and no change.</summary>
[GenerateSerializer, Immutable, Alias("platform.designation-result.v1")]
public sealed record DesignationResult(
    [property: Id(0)] ProgramRecord? Program,
    [property: Id(1)] ImmutableArray<UserError> Errors);
