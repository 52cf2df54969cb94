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
        Field<NonNullGraphType<ReferralDestinationEnumType>>("destination");
        Field(x => x.AgencyName, nullable: true);
        Field<NonNullGraphType<DateScalarType>>("referredOn").Description("Not in the future.");
        Field(x => x.Notes, nullable: true);
    }
}
