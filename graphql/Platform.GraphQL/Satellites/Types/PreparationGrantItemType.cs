using Platform.Tenants.PrefecturalSupport;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>PreparationGrantItem</c>.</summary>
public sealed class PreparationGrantItemType : ObjectGraphType<PreparationGrantItem>
{
    public PreparationGrantItemType()
    {
        Name = "PreparationGrantItem";
        Field<NonNullGraphType<PreparationItemEnumType>>("item").Description("What it pays for.").Resolve(ctx => ctx.Source.Item);
        Field<NonNullGraphType<IntGraphType>>("amountYen").Description("The amount in yen.").Resolve(ctx => (int)ctx.Source.AmountYen);
    }
}
