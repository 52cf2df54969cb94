using GraphQL.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>HouseholdInput</c>.</summary>
public sealed class HouseholdInputType : InputObjectGraphType<HouseholdInput>
{
    /// <summary>Defines the fields.</summary>
    public HouseholdInputType()
    {
        Name = "HouseholdInput";
        Description = "The person's household (世帯).";
        Field(x => x.Is8050, nullable: true).Description("Parents around 80 supporting a child around 50; false when left out.");
        Field<ListGraphType<NonNullGraphType<HouseholdMemberInputType>>>("members").Description("The members other than the person.");
    }
}
