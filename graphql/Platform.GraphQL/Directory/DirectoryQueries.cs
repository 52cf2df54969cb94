using Platform.Tenants.Prefectures;

namespace Platform.GraphQL.Directory;

/// <summary>
/// The public directory on the root query: <c>nation</c>, <c>prefectures</c>, <c>prefecture</c>,
/// <c>municipality</c>, <c>municipalities</c>, and the caller as <c>viewer</c>.
/// </summary>
internal static class DirectoryQueries
{
    /// <summary>Adds the directory's fields to <paramref name="query"/>.</summary>
    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<NationGraphType>>("nation").Description("The nation (国): national program counts and published figures.").AllowAnonymous().Resolve(_ => NationRoot.Instance);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrefectureGraphType>>>, IEnumerable<PrefectureInfo>>("prefectures")
            .AllowAnonymous()
            .Description("The 47 prefectures, in code order.")
            .Resolve(ctx => ctx.Directory().Prefectures);
        query.Field<PrefectureGraphType, PrefectureInfo>("prefecture")
            .AllowAnonymous()
            .Description("A prefecture by its 2-digit code (\"13\") or its LG code (\"130001\").")
            .Argument<NonNullGraphType<StringGraphType>>("code", "A 2-digit prefecture code (\"13\") or the prefecture's 6-digit LG code (\"130001\").")
            .Resolve(ctx => ctx.Directory().Prefecture(ArgumentRules.PrefectureCode(ctx.GetArgument<string>("code"))));
        query.Field<MunicipalityGraphType, MunicipalityInfo>("municipality")
            .AllowAnonymous()
            .Description("A municipality by its 6-digit LG code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The municipality's 6-digit LG code (全国地方公共団体コード) with its check digit.")
            .Resolve(ctx => ctx.Directory().Municipality(ArgumentRules.MunicipalityCode(ctx.GetArgument<string>("code"))));
        query.Field<NonNullGraphType<MunicipalityConnectionType>, Connection<MunicipalityInfo>>("municipalities")
            .AllowAnonymous()
            .Description("Municipalities in code order. tier needs fiscalYear; fiscalYear alone keeps those that ran any program.")
            .ForwardPaging()
            .BackwardPaging()
            .Argument<StringGraphType>("prefectureCode", "Only the municipalities of this prefecture (2-digit code or LG code).")
            .Argument<MunicipalityTypeEnumType>("type", "Only municipalities of this type.")
            .Argument<ProgramTierEnumType>("tier", "Only municipalities running a program of this tier in fiscalYear.")
            .Argument<IntGraphType>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .Argument<StringGraphType>("search", "Part of the name or kana (hiragana or katakana).")
            .ResolveAsync(ResolveMunicipalities);
        query.Field<ViewerType, Caller>("viewer").AllowAnonymous().Description("The caller; null when anonymous.").Resolve(ctx => ctx.Caller());
    }

    private static async Task<Connection<MunicipalityInfo>?> ResolveMunicipalities(IResolveFieldContext<object?> ctx)
    {
        var directory = ctx.Directory();
        // A bad page size is refused before the prefectures are asked for tiers.
        Paging.PageSize(ctx.GetArgument<int?>("first"));
        IEnumerable<MunicipalityInfo> items = directory.Municipalities;
        var prefectures = directory.Prefectures.Select(p => p.Code).ToList();
        if (ctx.GetArgument<string?>("prefectureCode") is { } prefectureCode)
        {
            var prefecture = directory.Prefecture(ArgumentRules.PrefectureCode(prefectureCode))
                ?? throw new ApiException(ErrorCodes.BadUserInput, $"There is no prefecture with code {prefectureCode}.");
            items = directory.MunicipalitiesOf(prefecture.Code);
            prefectures = [prefecture.Code];
        }

        if (ctx.GetArgument<MunicipalityType?>("type") is { } type)
        {
            items = items.Where(m => m.Type == type);
        }

        var tier = ctx.GetArgument<ProgramTier?>("tier");
        var fiscalYear = ctx.GetArgument<int?>("fiscalYear");
        if (tier is not null && fiscalYear is null)
        {
            throw new ApiException(ErrorCodes.BadUserInput, "tier needs fiscalYear: tiers are designated per fiscal year.");
        }

        if (fiscalYear is { } year)
        {
            // The tiers come from the prefectures' running roll-ups: 47 calls at most, never 1,741.
            ArgumentRules.FiscalYear(year);
            var grains = ctx.Grains();
            var tiers = await Task.WhenAll(prefectures.Select(p => grains.Grain<Tenants.Prefectures.IPrefectureGrain>(p).GetMunicipalTiers(year)));
            var running = tiers.SelectMany(t => t).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
            items = items.Where(m => running.TryGetValue(m.Code, out var t) && (tier is null || t == tier));
        }

        if (ctx.GetArgument<string?>("search") is { } search)
        {
            if (search.Length > KanaSearch.MaxLength)
            {
                throw new ApiException(ErrorCodes.BadUserInput, $"search may have at most {KanaSearch.MaxLength} characters.");
            }

            var needle = KanaSearch.Normalize(search);
            items = items.Where(m => KanaSearch.NormalizeDirectoryTerm(m.Name).Contains(needle, StringComparison.Ordinal)
                || KanaSearch.NormalizeDirectoryTerm(m.Kana).Contains(needle, StringComparison.Ordinal));
        }

        var page = Paging.Page(items.ToList(), m => m.Code, ctx);
        await ProgramBookLoads.StartAsync(ctx, page);
        return page;
    }
}
