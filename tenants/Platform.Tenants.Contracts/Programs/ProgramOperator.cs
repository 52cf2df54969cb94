namespace Platform.Tenants.Programs;

/// <summary>The operator of a program; <see cref="Name"/> is the contractor's name when commissioned.</summary>
[GenerateSerializer, Immutable, Alias("platform.program-operator.v1")]
public sealed record ProgramOperator(
    [property: Id(0)] OperatorKind Kind,
    [property: Id(1)] string? Name);
