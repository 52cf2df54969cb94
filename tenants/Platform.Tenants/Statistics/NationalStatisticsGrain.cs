using Platform.Tenants.Access;
using Platform.Tenants.Nation;
using Platform.Tenants.ReferenceData;

namespace Platform.Tenants.Statistics;

/// <summary>
/// The published national table: reads the 47 prefectures' figures (47 calls, never a
/// municipality) and suppresses them together. Stateless: the figures live in the roll-ups.
/// </summary>
public sealed class NationalStatisticsGrain(ReferenceCatalog reference, CallerSigner signer) : Grain, INationalStatisticsGrain
{
    /// <inheritdoc />
    public async Task<NationalTable> GetTable(int fiscalYear)
    {
        var prefectures = reference.Catalog.Prefectures;
        AreaFigures[] figures;
        using (CallerContext.EnterSystem(signer))
        {
            figures = await Task.WhenAll(prefectures.Select(p => GrainFactory.GetGrain<IPrefectureActivityGrain>(p.Code).GetFigures(fiscalYear, null)));
        }

        var nation = GrainFactory.GetGrain<INationGrain>(INationGrain.Key);
        return NationalTables.Publish(
            fiscalYear,
            [.. prefectures.Select((p, i) => (p.Code, figures[i]))],
            await nation.GetProgramSummary(fiscalYear),
            await nation.GetRequestStatusSummary(fiscalYear));
    }
}
