using GraphQL.Types;
using Platform.GraphQL.Infrastructure;
using Platform.GraphQL.Types;
using Platform.Tenants.Directory;
using Platform.Tenants.PrefecturalSupport;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>PreparationGrant</c>: preparation support (準備支援) and whether its condition was met.</summary>
public sealed class PreparationGrantType : ObjectGraphType<PreparationGrantNode>
{
    /// <summary>Defines the fields.</summary>
    public PreparationGrantType()
    {
        Name = "PreparationGrant";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Grant.Id);
        Field<NonNullGraphType<MunicipalityGraphType>, MunicipalityInfo>("municipality")
            .ResolveAsync(async ctx => (await ctx.CatalogAsync()).Municipality(ctx.Source.Grant.MunicipalityCode));
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Resolve(ctx => ctx.Source.Grant.FiscalYear);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PreparationGrantItemType>>>>("items").Resolve(ctx => ctx.Source.Grant.Items);
        Field<NonNullGraphType<IntGraphType>>("totalYen").Resolve(ctx => (int)ctx.Source.Grant.TotalYen);
        Field<NonNullGraphType<ProgramTierEnumType>>("committedTier")
            .Description("The tier the municipality committed to run from the next fiscal year.")
            .Resolve(ctx => ctx.Source.Grant.CommittedTier);
        Field<NonNullGraphType<DateScalarType>>("grantedOn").Resolve(ctx => ctx.Source.Grant.GrantedOn);
        Field<NonNullGraphType<GrantConditionStatusEnumType>>("conditionStatus")
            .Description("MET when the next fiscal year's program is the committed tier or higher; NOT_MET once that year ended without; PENDING until then.")
            .Resolve(ctx => ctx.Source.Condition);
        Field<NonNullGraphType<BooleanGraphType>>("conditionMet").Resolve(ctx => ctx.Source.Condition == GrantConditionStatus.Met);
        Field<ProgramType>("nextYearProgram").Description("The municipality's program in the next fiscal year, if designated.").Resolve(ctx => ctx.Source.NextYearProgram);
    }
}
