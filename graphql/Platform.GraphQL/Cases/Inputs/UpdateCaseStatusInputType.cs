using GraphQL.Types;
using Platform.GraphQL.Cases.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>UpdateCaseStatusInput</c>.</summary>
public sealed class UpdateCaseStatusInputType : CaseMutationInputType<UpdateCaseStatusInput>
{
    /// <summary>Defines the fields.</summary>
    public UpdateCaseStatusInputType() : base("UpdateCaseStatusInput")
    {
        Description = "The input of updateCaseStatus.";
        Field<NonNullGraphType<CaseStatusEnumType>>("status")
            .Description("ACTIVE or MONITORING; closing, reopening and transferring have their own mutations.");
    }
}
