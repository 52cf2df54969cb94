using GraphQL.Types;
using Platform.GraphQL.Cases.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>HouseholdMemberInput</c>.</summary>
public sealed class HouseholdMemberInputType : InputObjectGraphType<HouseholdMemberInput>
{
    /// <summary>Defines the fields.</summary>
    public HouseholdMemberInputType()
    {
        Name = "HouseholdMemberInput";
        Description = "A member of the person's household.";
        Field(x => x.Relationship).Description("Relationship to the person, in words (\"mother\", \"父\").");
        Field(x => x.Name, nullable: true).Description("The member's name.");
        Field(x => x.BirthYear, nullable: true).Description("The year of birth, when known.");
        Field<AgeBandEnumType>("ageBand").Description("The age band, when the birth year is not known.");
        Field(x => x.Notes, nullable: true).Description("Free-text notes on the member.");
    }
}
