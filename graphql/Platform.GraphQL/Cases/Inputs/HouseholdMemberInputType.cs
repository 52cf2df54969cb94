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
        Field(x => x.Relationship).Description("Relationship to the person, in words (\"mother\", \"父\").");
        Field(x => x.Name, nullable: true);
        Field(x => x.BirthYear, nullable: true);
        Field<AgeBandEnumType>("ageBand");
        Field(x => x.Notes, nullable: true);
    }
}
