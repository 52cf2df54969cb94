namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>FunctionDelivery</c>.</summary>
public sealed class FunctionDeliveryType : ObjectGraphType<FunctionDelivery>
{
    public FunctionDeliveryType()
    {
        Name = "FunctionDelivery";
        Description = "Whether the records show a support function delivered in the fiscal year.";
        Field<NonNullGraphType<SupportFunctionEnumType>>("function").Description("The support function.").Resolve(ctx => ctx.Source.Function);
        Field(x => x.Delivered);
        Field(x => x.EvidenceCount).Description("Records that show it: activities, or for CONSULTATION cases opened and contacts, for OUTREACH home visits.");
    }
}
