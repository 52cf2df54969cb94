namespace Platform.Tenants.PrefecturalSupport;

/// <summary>
/// Preparation support (準備支援) a prefecture granted a municipality for one fiscal year, on
/// condition that the municipality runs <see cref="CommittedTier"/> (or a higher tier) from the
/// next fiscal year.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.preparation-grant.v1")]
public sealed record PreparationGrant(
    [property: Id(0)] string Id,
    [property: Id(1)] string MunicipalityCode,
    [property: Id(2)] int FiscalYear,
    [property: Id(3)] ImmutableArray<PreparationGrantItem> Items,
    [property: Id(4)] ProgramTier CommittedTier,
    [property: Id(5)] DateOnly GrantedOn,
    [property: Id(6)] string GrantedBy)
{
    /// <summary>The sum of the items, in yen.</summary>
    public long TotalYen => Items.Sum(i => i.AmountYen);
}
