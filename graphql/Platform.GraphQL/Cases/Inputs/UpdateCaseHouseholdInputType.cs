using GraphQL.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>UpdateCaseHouseholdInput</c>.</summary>
public sealed class UpdateCaseHouseholdInputType : CaseMutationInputType<UpdateCaseHouseholdInput>
{
    /// <summary>Defines the fields.</summary>
    public UpdateCaseHouseholdInputType() : base("UpdateCaseHouseholdInput")
    {
        Description = "The input of updateCaseHousehold.";
        Field<HouseholdInputType>("household").Description("The household as it now stands; left out: not known.");
        Field(x => x.Reason, nullable: true).Description("Why, where a fact is corrected; kept in the case's history.");
    }
}
