using GraphQL.Types;
using Platform.GraphQL.Cases.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>ReferCaseInput</c>.</summary>
public sealed class ReferCaseInputType : CaseMutationInputType<ReferCaseInput>
{
    /// <summary>Defines the fields.</summary>
    public ReferCaseInputType() : base("ReferCaseInput")
    {
        Description = "The input of referCase.";
        Field<NonNullGraphType<ReferralDestinationEnumType>>("destination").Description("The kind of agency (つなぎ先).");
        Field(x => x.AgencyName, nullable: true).Description("The agency's name.");
        Field<NonNullGraphType<DateScalarType>>("referredOn").Description("Not in the future.");
        Field(x => x.Notes, nullable: true).Description("Free-text notes.");
    }
}
