using Platform.Tenants.PrefecturalSupport;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>PreparationGrant</c>: preparation support (準備支援) and whether its condition was met.</summary>
public sealed class PreparationGrantType : ObjectGraphType<PreparationGrantNode>
{
    public PreparationGrantType()
    {
        Name = "PreparationGrant";
        Description = "Preparation support (準備支援) a prefecture granted a municipality for one fiscal year, on condition that it runs a program of the committed tier from the next year.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The grant's global id.").Resolve(ctx => ctx.Source.Grant.Id);
        Field<NonNullGraphType<MunicipalityGraphType>, MunicipalityInfo>("municipality")
            .Description("The municipality granted.")
            .Resolve(ctx => ctx.Directory().Municipality(ctx.Source.Grant.MunicipalityCode));
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Description("The fiscal year (年度) of the grant.").Resolve(ctx => ctx.Source.Grant.FiscalYear);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PreparationGrantItemType>>>>("items").Description("What the money is for, item by item.").Resolve(ctx => ctx.Source.Grant.Items);
        Field<NonNullGraphType<IntGraphType>>("totalYen").Description("The sum of the items, in yen.").Resolve(ctx => (int)ctx.Source.Grant.TotalYen);
        Field<NonNullGraphType<ProgramTierEnumType>>("committedTier")
            .Description("The tier the municipality committed to run from the next fiscal year.")
            .Resolve(ctx => ctx.Source.Grant.CommittedTier);
        Field<NonNullGraphType<DateScalarType>>("grantedOn").Description("The day it was granted.").Resolve(ctx => ctx.Source.Grant.GrantedOn);
        Field<NonNullGraphType<GrantConditionStatusEnumType>>("conditionStatus")
            .Description("MET when the next fiscal year's program is the committed tier or higher; NOT_MET once that year ended without; PENDING until then.")
            .Resolve(ctx => ctx.Source.Condition);
        Field<NonNullGraphType<BooleanGraphType>>("conditionMet").Description("True when conditionStatus is MET.").Resolve(ctx => ctx.Source.Condition == GrantConditionStatus.Met);
        Field<ProgramType>("nextYearProgram").Description("The municipality's program in the next fiscal year, if designated.").Resolve(ctx => ctx.Source.NextYearProgram);
    }
}
