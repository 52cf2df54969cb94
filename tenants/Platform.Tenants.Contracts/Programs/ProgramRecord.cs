namespace Platform.Tenants.Programs;

/// <summary>
/// One program of one government body for one fiscal year. When <see cref="FunctionsKnown"/> is
/// false the published list did not say which functions it delivers: <see cref="Functions"/> is
/// then empty because it is unknown, not because there are none.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.program-record.v1")]
public sealed record ProgramRecord(
    [property: Id(0)] int FiscalYear,
    [property: Id(1)] ProgramTier Tier,
    [property: Id(2)] ImmutableArray<SupportFunction> Functions,
    [property: Id(3)] bool FunctionsKnown,
    [property: Id(4)] ProgramOperator? Operator,
    [property: Id(5)] bool PrefecturalStartupSupport,
    [property: Id(6)] ProgramSource Source)
{
    /// <summary>The functions the tier requires that this program does not deliver (empty when unknown).</summary>
    public ImmutableArray<SupportFunction> MissingFunctions =>
        FunctionsKnown ? TierRules.Missing(Tier, Functions) : [];

    /// <summary>
    /// True when every function the tier requires is delivered. A support project requires none,
    /// so it meets its tier even with unknown functions; other tiers need known functions.
    /// </summary>
    public bool MeetsTierRequirements =>
        TierRules.RequiredFunctions(Tier).IsEmpty || (FunctionsKnown && MissingFunctions.IsEmpty);
}
