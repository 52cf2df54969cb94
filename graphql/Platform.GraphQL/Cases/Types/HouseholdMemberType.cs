namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>HouseholdMember</c>.</summary>
public sealed class HouseholdMemberType : ObjectGraphType<HouseholdMember>
{
    public HouseholdMemberType()
    {
        Name = "HouseholdMember";
        Field(x => x.Relationship).Description("Relationship to the person, in words (\"mother\", \"父\").");
        Field(x => x.Name, nullable: true).Description("The member's name.");
        Field(x => x.BirthYear, nullable: true).Description("The year of birth, when known.");
        Field<EnumerationGraphType<AgeBand>>("ageBand").Description("The age band, when the birth year is not known.").Resolve(ctx => ctx.Source.AgeBand);
        Field(x => x.Notes, nullable: true).Description("Free-text notes on the member.");
    }
}
