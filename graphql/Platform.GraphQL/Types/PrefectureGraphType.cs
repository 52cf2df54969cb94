using GraphQL;
using GraphQL.Types;
using Platform.GraphQL.Infrastructure;
using Platform.GraphQL.Relay;
using Platform.Tenants.Directory;
using Platform.Tenants.Prefectures;
using Platform.Tenants.Programs;
using Platform.Tenants.Requests;

namespace Platform.GraphQL.Types;

/// <summary>GraphQL type <c>Prefecture</c>: a prefecture, its own center and its totals.</summary>
public sealed class PrefectureGraphType : ObjectGraphType<PrefectureInfo>
{
    /// <summary>The type name inside global ids.</summary>
    public const string NodeType = "Prefecture";

    /// <summary>Defines the fields.</summary>
    public PrefectureGraphType()
    {
        Name = "Prefecture";
        Description = "A prefecture (都道府県): runs a regional support center and backs up its municipalities.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is PrefectureInfo;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => NodeId.Encode(NodeType, ctx.Source.Code));
        Field(x => x.Code).Description("The 2-digit prefecture code.");
        Field(x => x.LgCode).Description("The 6-digit LG code.");
        Field(x => x.Name);
        Field(x => x.Kana);
        Field<NonNullGraphType<MunicipalityConnectionType>, Connection<MunicipalityInfo>>("municipalities")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async ctx => Paging.Page(
                (await ctx.CatalogAsync()).MunicipalitiesOf(ctx.Source.Code),
                m => m.Code,
                ctx.GetArgument<int?>("first"),
                ctx.GetArgument<string?>("after")));
        Field<ProgramType, ProgramRecord>("program")
            .Description("The prefecture's own regional support center.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear")
            .ResolveAsync(ctx => Grain(ctx).GetProgram(ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear"))));
        Field<NonNullGraphType<ProgramSummaryType>, ProgramSummary>("programSummary")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear")
            .ResolveAsync(ctx => Grain(ctx).GetProgramSummary(ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear")))!);
        Field<NonNullGraphType<RequestStatusSummaryType>, RequestStatusSummary>("requestStatus")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear")
            .ResolveAsync(ctx => Grain(ctx).GetRequestStatusSummary(ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear")))!);
        Satellites.SatelliteFields.AddTo(this);
        Consultations.ConsultationFields.AddTo(this);
        Activities.ActivityFields.AddTo(this);
        Activities.PlanningFields.AddTo(this);
        Statistics.StatisticsFields.AddTo(this);
    }

    private static IPrefectureGrain Grain(IResolveFieldContext<PrefectureInfo> ctx) =>
        ctx.Grains().GetGrain<IPrefectureGrain>(ctx.Source.Code);
}
