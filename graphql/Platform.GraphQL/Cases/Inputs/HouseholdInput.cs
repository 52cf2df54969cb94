namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The household.</summary>
public sealed class HouseholdInput
{
    /// <summary>An 8050 household (false when not given).</summary>
    public bool? Is8050 { get; set; }

    /// <summary>The members besides the person.</summary>
    public List<HouseholdMemberInput>? Members { get; set; }
}

/// <summary>GraphQL input <c>HouseholdInput</c>.</summary>
public sealed class HouseholdInputType : InputObjectGraphType<HouseholdInput>
{
    public HouseholdInputType()
    {
        Name = "HouseholdInput";
        Description = "The person's household (世帯).";
        Field(x => x.Is8050, nullable: true).Description("Parents around 80 supporting a child around 50; false when left out.");
        Field<ListGraphType<NonNullGraphType<HouseholdMemberInputType>>>("members").Description("The members other than the person.");
    }
}
