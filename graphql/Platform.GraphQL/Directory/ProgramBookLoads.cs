namespace Platform.GraphQL.Directory;

/// <summary>
/// The program books a page of municipalities reads: one per prefecture the page spans and
/// fiscal year asked for, shared by the page's rows (see <see cref="PageLoads"/>). The page's
/// resolver starts them before it answers, when the request selects the rows' program, so that
/// the rows find their book read and answer at once instead of each waiting on it.
/// </summary>
public static class ProgramBookLoads
{
    /// <summary>The read of the book of <paramref name="prefectureCode"/> for <paramref name="fiscalYear"/>, shared on the page.</summary>
    public static Task<ProgramBookPage> Of(PageLoads loads, IGrainFactory grains, string prefectureCode, int fiscalYear)
    {
        var key = ProgramBookKey.Of(prefectureCode, fiscalYear);
        return loads.GetOrAdd((typeof(IProgramBookGrain), key), () => grains.Grain<IProgramBookGrain>(key).Read());
    }

    /// <summary>
    /// Reads the books the rows of <paramref name="page"/> will ask for. A read that fails is left
    /// for the rows that need it to report, as they would without this.
    /// </summary>
    public static async Task StartAsync(IResolveFieldContext context, Connection<MunicipalityInfo> page)
    {
        var years = SelectedFields.At(context, "nodes", "program").Concat(SelectedFields.At(context, "edges", "node", "program"))
            .Select(program => SelectedFields.IntArgument(context, program, "fiscalYear"))
            .OfType<int>().Where(FiscalYear.IsValid).Distinct().ToList();
        if (years.Count == 0 || page.Edges.Count == 0)
            return;
        var grains = context.Grains();
        var prefectures = page.Edges.Select(e => e.Node.PrefectureCode).Distinct(StringComparer.Ordinal).ToList();
        Task reads = Task.WhenAll(years.SelectMany(year => prefectures.Select(prefecture => Of(page.Loads, grains, prefecture, year))));
        await reads.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
