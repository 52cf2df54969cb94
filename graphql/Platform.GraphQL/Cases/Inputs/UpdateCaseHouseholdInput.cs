namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>updateCaseHousehold</c>.</summary>
public sealed class UpdateCaseHouseholdInput : CaseMutationInput
{
    /// <summary>The household as it now stands.</summary>
    public HouseholdInput? Household { get; set; }

    /// <summary>Why (for a corrected fact), kept in the case's history.</summary>
    public string? Reason { get; set; }
}

/// <summary>GraphQL input <c>UpdateCaseHouseholdInput</c>.</summary>
public sealed class UpdateCaseHouseholdInputType : CaseMutationInputType<UpdateCaseHouseholdInput>
{
    public UpdateCaseHouseholdInputType() : base("UpdateCaseHouseholdInput")
    {
        Description = "The input of updateCaseHousehold.";
        Field<HouseholdInputType>("household").Description("The household as it now stands; left out: not known.");
        Field(x => x.Reason, nullable: true).Description("Why, where a fact is corrected; kept in the case's history.");
    }
}
