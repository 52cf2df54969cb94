using Platform.GraphQL.Activities;
using Platform.GraphQL.Requests;
using Platform.GraphQL.Satellites;
using Platform.GraphQL.Statistics;
using Platform.Tenants.Municipalities;
using Platform.Tenants.Requests;

namespace Platform.GraphQL.Directory;

/// <summary>GraphQL type <c>Municipality</c>: a municipality from the directory, with its programs.</summary>
public sealed class MunicipalityGraphType : ObjectGraphType<MunicipalityInfo>
{
    /// <summary>The type name inside global ids.</summary>
    public const string NodeType = "Municipality";

    public MunicipalityGraphType()
    {
        Name = "Municipality";
        Description = "A municipality (市区町村); each one is a tenant of the platform.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is MunicipalityInfo;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => NodeId.Encode(NodeType, ctx.Source.Code));
        Field(x => x.Code).Description("The 6-digit LG code.");
        Field(x => x.Name).Description("The name in kanji (\"千代田区\").");
        Field(x => x.Kana).Description("The name's reading in katakana.");
        Field<NonNullGraphType<MunicipalityTypeEnumType>>("type").Description("City, town, village, special ward or designated city.").Resolve(ctx => ctx.Source.Type);
        Field(x => x.IsDesignatedCity);
        Field<NonNullGraphType<PrefectureGraphType>, PrefectureInfo>("prefecture")
            .Description("The prefecture it belongs to.")
            .Resolve(ctx => ctx.Directory().Prefecture(ctx.Source.PrefectureCode)!);
        Field<ProgramType, ProgramRecord>("program")
            .Description("The program the municipality runs in a fiscal year; null when none was designated.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .ResolveAsync(ctx => ProgramOf(ctx, ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear"))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgramType>>>, IEnumerable<ProgramRecord>>("programs")
            .Description("Every fiscal year's program, oldest first.")
            .ResolveAsync(async ctx => await Grain(ctx).GetPrograms());
        Field<MunicipalRequestStatusType, MunicipalRequestStatus>("requestStatus")
            .Description("What the municipality reported for the three requests in a fiscal year; null when it has not reported.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .ResolveAsync(ctx => Grain(ctx).GetRequestStatus(ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear"))));
        Activities.ActivityFields.AddTo(this); Activities.PlanningFields.AddTo(this); Statistics.StatisticsFields.AddTo(this);
        Satellites.HostFields.AddTo(this);
    }

    // On a page, the program comes from the book of the municipality's prefecture for the year,
    // read once for the whole page (ProgramBookLoads), and at once when the page's resolver read
    // it already; a municipality the book marks as changing, or one not on a page, is asked
    // itself. Both give the stored program (see IProgramBookGrain).
    private static Task<ProgramRecord?> ProgramOf(IResolveFieldContext<MunicipalityInfo> ctx, int fiscalYear)
    {
        if (PageLoads.Of(ctx) is not { } loads)
            return Grain(ctx).GetProgram(fiscalYear);
        var book = ProgramBookLoads.Of(loads, ctx.Grains(), ctx.Source.PrefectureCode, fiscalYear);
        return book.IsCompletedSuccessfully ? FromBook(ctx, book.Result, fiscalYear) : FromBookAsync(ctx, book, fiscalYear);
    }

    private static async Task<ProgramRecord?> FromBookAsync(IResolveFieldContext<MunicipalityInfo> ctx, Task<ProgramBookPage> book, int fiscalYear) =>
        await FromBook(ctx, await book, fiscalYear);

    private static Task<ProgramRecord?> FromBook(IResolveFieldContext<MunicipalityInfo> ctx, ProgramBookPage book, int fiscalYear) =>
        book.TryGet(ctx.Source.Code, out var program) ? Task.FromResult(program) : Grain(ctx).GetProgram(fiscalYear);

    private static IMunicipalityGrain Grain(IResolveFieldContext<MunicipalityInfo> ctx) =>
        ctx.Grains().Grain<IMunicipalityGrain>(ctx.Source.Code);
}
