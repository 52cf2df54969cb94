namespace Platform.Tenants.Activities;

/// <summary>
/// A program against its tier's rules as the records show it: the required functions with no
/// evidence, and <see cref="Flagged"/> once the fiscal year is over with some still missing.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.tier-delivery.v1")]
public sealed record TierDelivery(
    [property: Id(0)] int FiscalYear,
    [property: Id(1)] ProgramTier Tier,
    [property: Id(2)] ImmutableArray<SupportFunction> RequiredFunctions,
    [property: Id(3)] ImmutableArray<SupportFunction> UndeliveredRequiredFunctions,
    [property: Id(4)] bool FiscalYearEnded)
{
    /// <summary>The fiscal year is over and a function its tier requires has no evidence.</summary>
    public bool Flagged => FiscalYearEnded && !UndeliveredRequiredFunctions.IsEmpty;
}
