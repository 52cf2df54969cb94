using GraphQL;
using GraphQL.Types;
using Platform.GraphQL.Audit;
using Platform.GraphQL.Cases;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Infrastructure;
using Platform.GraphQL.Relay;
using Platform.GraphQL.Types;
using Platform.Tenants.Common;
using Platform.Tenants.Directory;
using Platform.Tenants.Programs;

namespace Platform.GraphQL.Schema;

/// <summary>The root query: the public directory and programs, the viewer, and global ids.</summary>
public sealed class QueryType : ObjectGraphType
{
    /// <summary>The most ids <c>nodes</c> resolves at once.</summary>
    public const int MaxNodes = 50;

    /// <summary>Defines the fields.</summary>
    public QueryType()
    {
        Name = "Query";
        Description = "The entry points for reads: the directory, the nation's figures, the caller's cases, work and notices.";
        Field<NonNullGraphType<NationGraphType>>("nation").Description("The nation (国): national program counts and published figures.").AllowAnonymous().Resolve(_ => NationRoot.Instance);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrefectureGraphType>>>, IEnumerable<PrefectureInfo>>("prefectures")
            .AllowAnonymous()
            .Description("The 47 prefectures, in code order.")
            .ResolveAsync(async ctx => (await ctx.CatalogAsync()).Catalog.Prefectures);
        Field<PrefectureGraphType, PrefectureInfo>("prefecture")
            .AllowAnonymous()
            .Description("A prefecture by its 2-digit code (\"13\") or its LG code (\"130001\").")
            .Argument<NonNullGraphType<StringGraphType>>("code", "A 2-digit prefecture code (\"13\") or the prefecture's 6-digit LG code (\"130001\").")
            .ResolveAsync(async ctx => (await ctx.CatalogAsync()).Prefecture(ArgumentRules.PrefectureCode(ctx.GetArgument<string>("code"))));
        Field<MunicipalityGraphType, MunicipalityInfo>("municipality")
            .AllowAnonymous()
            .Description("A municipality by its 6-digit LG code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The municipality's 6-digit LG code (全国地方公共団体コード) with its check digit.")
            .ResolveAsync(async ctx => (await ctx.CatalogAsync()).Municipality(ArgumentRules.MunicipalityCode(ctx.GetArgument<string>("code"))));
        Field<NonNullGraphType<MunicipalityConnectionType>, Connection<MunicipalityInfo>>("municipalities")
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
        Field<ViewerType, Caller>("viewer").AllowAnonymous().Description("The caller; null when anonymous.").Resolve(ctx => ctx.Caller());
        Field<NodeInterface, object>("node")
            .AllowAnonymous()
            .Description("Any object with a global id (Relay); null when there is none or the caller may not read it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id as the API hands it out.")
            .ResolveAsync(async ctx => await ResolveNode(ctx, await ctx.CatalogAsync(), ctx.GetArgument<string>("id")));
        Field<NonNullGraphType<ListGraphType<NodeInterface>>, IEnumerable<object?>>("nodes")
            .AllowAnonymous()
            .Description($"Up to {MaxNodes} objects by global id, in the order asked; null for ids that resolve to nothing, and for malformed ones (with an error whose path ends with the id's index).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids, at most 50.")
            .ResolveAsync(async ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > MaxNodes)
                {
                    throw new ApiException(ErrorCodes.BadUserInput, $"nodes takes at most {MaxNodes} ids.");
                }

                var catalog = await ctx.CatalogAsync();
                // One bad id fails its own element only: null there, and an error whose path ends
                // with its index. Read a few grains at a time, so one request holds few connections.
                var results = await GrainReads.SelectAsync([.. ids.Select((id, index) => (Id: id, Index: index))], async item =>
                {
                    try
                    {
                        return (Node: await ResolveNode(ctx, catalog, item.Id), Error: (ApiException?)null);
                    }
                    catch (ApiException error)
                    {
                        error.Path = [.. ctx.Path, item.Index];
                        return (Node: null, Error: error);
                    }
                });
                foreach (var (_, error) in results)
                {
                    if (error is not null)
                        ctx.Errors.Add(error);
                }

                return results.Select(result => result.Node);
            });
        CaseQueries.Add(this);
        Work.WorkFields.AddQueries(this);
        Notifications.NotificationFields.AddQueries(this);
        AuditQueries.Add(this);
    }

    // Case ids resolve under the rules of the case field: the caller's own tenant, case staff only.
    private static async Task<object?> ResolveNode(IResolveFieldContext ctx, CatalogIndex catalog, string id)
    {
        var (type, key) = NodeId.Decode(id);
        return type switch
        {
            MunicipalityGraphType.NodeType => catalog.Municipality(key),
            PrefectureGraphType.NodeType => catalog.Prefecture(key),
            CaseAccess.NodeType => await CaseQueries.NodeAsync(ctx, key),
            Satellites.SatelliteAccess.NodeType => await Satellites.SatelliteQueries.NodeAsync(ctx, key),
            Consultations.Types.ConsultationGraphType.NodeType => await Consultations.ConsultationFields.NodeAsync(ctx, key),
            _ => null,
        };
    }

    private static async Task<Connection<MunicipalityInfo>?> ResolveMunicipalities(IResolveFieldContext<object?> ctx)
    {
        var catalog = await ctx.CatalogAsync();
        // A bad page size is refused before the prefectures are asked for tiers.
        Paging.PageSize(ctx.GetArgument<int?>("first"));
        IEnumerable<MunicipalityInfo> items = catalog.Catalog.Municipalities;
        var prefectures = catalog.Catalog.Prefectures.Select(p => p.Code).ToList();
        if (ctx.GetArgument<string?>("prefectureCode") is { } prefectureCode)
        {
            var prefecture = catalog.Prefecture(ArgumentRules.PrefectureCode(prefectureCode))
                ?? throw new ApiException(ErrorCodes.BadUserInput, $"There is no prefecture with code {prefectureCode}.");
            items = catalog.MunicipalitiesOf(prefecture.Code);
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
            var tiers = await Task.WhenAll(prefectures.Select(p => grains.GetGrain<Tenants.Prefectures.IPrefectureGrain>(p).GetMunicipalTiers(year)));
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

        return Paging.Page(items.ToList(), m => m.Code, ctx);
    }
}
