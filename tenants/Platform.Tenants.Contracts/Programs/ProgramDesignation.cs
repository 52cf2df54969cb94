namespace Platform.Tenants.Programs;

/// <summary>A request to designate (or re-designate) the program of one fiscal year.</summary>
[GenerateSerializer, Immutable, Alias("platform.program-designation.v1")]
public sealed record ProgramDesignation(
    [property: Id(0)] int FiscalYear,
    [property: Id(1)] ProgramTier Tier,
    [property: Id(2)] ImmutableArray<SupportFunction> Functions,
    [property: Id(3)] ProgramOperator? Operator,
    [property: Id(4)] string? ClientMutationId);
