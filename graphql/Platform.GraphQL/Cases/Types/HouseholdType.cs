namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>Household</c>.</summary>
public sealed class HouseholdType : ObjectGraphType<Household>
{
    public HouseholdType()
    {
        Name = "Household";
        Description = "The person's household (世帯); is8050 marks parents around 80 supporting a child around 50 (8050世帯).";
        Field(x => x.Is8050).Description("Parents around 80 supporting a withdrawn child around 50 (8050問題).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HouseholdMemberType>>>>("members")
            .Description("The household's members other than the person.")
            .Resolve(ctx => ctx.Source.Members.IsDefault ? [] : ctx.Source.Members);
    }
}
