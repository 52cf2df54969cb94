namespace Platform.GraphQL.Cases.Inputs;

/// <summary>A member of the person's household.</summary>
public sealed class HouseholdMemberInput
{
    /// <summary>Relationship to the person, in words ("mother", "父").</summary>
    public string Relationship { get; set; } = "";

    /// <summary>The name.</summary>
    public string? Name { get; set; }

    /// <summary>The year of birth.</summary>
    public int? BirthYear { get; set; }

    /// <summary>The age band, when the year is not known.</summary>
    public AgeBand? AgeBand { get; set; }

    /// <summary>Notes.</summary>
    public string? Notes { get; set; }

    /// <summary>The contract record.</summary>
    public HouseholdMember ToMember() => new(Relationship.Trim(), Text.OrNull(Name), BirthYear, AgeBand, Text.OrNull(Notes));
}

/// <summary>GraphQL input <c>HouseholdMemberInput</c>.</summary>
public sealed class HouseholdMemberInputType : InputObjectGraphType<HouseholdMemberInput>
{
    public HouseholdMemberInputType()
    {
        Name = "HouseholdMemberInput";
        Description = "A member of the person's household.";
        Field(x => x.Relationship).Description("Relationship to the person, in words (\"mother\", \"父\").");
        Field(x => x.Name, nullable: true).Description("The member's name.");
        Field(x => x.BirthYear, nullable: true).Description("The year of birth, when known.");
        Field<EnumerationGraphType<AgeBand>>("ageBand").Description("The age band, when the birth year is not known.");
        Field(x => x.Notes, nullable: true).Description("Free-text notes on the member.");
    }
}
