using Platform.GraphQL.Activities;
using Platform.GraphQL.Consultations;
using Platform.GraphQL.Requests;
using Platform.GraphQL.Satellites;
using Platform.GraphQL.Statistics;
using Platform.Tenants.Prefectures;
using Platform.Tenants.Requests;

namespace Platform.GraphQL.Directory;

/// <summary>GraphQL type <c>Prefecture</c>: a prefecture, its own center and its totals.</summary>
public sealed class PrefectureGraphType : ObjectGraphType<PrefectureInfo>
{
    /// <summary>The type name inside global ids.</summary>
    public const string NodeType = "Prefecture";

    public PrefectureGraphType()
    {
        Name = "Prefecture";
        Description = "A prefecture (都道府県): runs a regional support center and backs up its municipalities.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is PrefectureInfo;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => NodeId.Encode(NodeType, ctx.Source.Code));
        Field(x => x.Code).Description("The 2-digit prefecture code.");
        Field(x => x.LgCode).Description("The 6-digit LG code.");
        Field(x => x.Name).Description("The name in kanji (\"東京都\").");
        Field(x => x.Kana).Description("The name's reading in katakana.");
        Field<NonNullGraphType<MunicipalityConnectionType>, Connection<MunicipalityInfo>>("municipalities")
            .Description("The prefecture's municipalities in code order.")
            .ForwardPaging()
            .BackwardPaging()
            .ResolveAsync(async ctx => Paging.Page(
                ctx.Directory().MunicipalitiesOf(ctx.Source.Code),
                m => m.Code,
                ctx));
        Field<ProgramType, ProgramRecord>("program")
            .Description("The prefecture's own regional support center.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .ResolveAsync(ctx => Grain(ctx).GetProgram(ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear"))));
        Field<NonNullGraphType<ProgramSummaryType>, ProgramSummary>("programSummary")
            .Description("Program counts of the prefecture and its municipalities in a fiscal year, from the platform's records.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .ResolveAsync(ctx => Grain(ctx).GetProgramSummary(ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear")))!);
        Field<NonNullGraphType<RequestStatusSummaryType>, RequestStatusSummary>("requestStatus")
            .Description("How many of the prefecture's municipalities did each of the three requests in a fiscal year.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .ResolveAsync(ctx => Grain(ctx).GetRequestStatusSummary(ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear")))!);
        Satellites.SatelliteFields.AddTo(this);
        Consultations.ConsultationFields.AddTo(this);
        Activities.ActivityFields.AddTo(this);
        Activities.PlanningFields.AddTo(this);
        Statistics.StatisticsFields.AddTo(this);
    }

    private static IPrefectureGrain Grain(IResolveFieldContext<PrefectureInfo> ctx) =>
        ctx.Grains().Grain<IPrefectureGrain>(ctx.Source.Code);
}
