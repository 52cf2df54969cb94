using GraphQL.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>WithdrawConsentInput</c>.</summary>
public sealed class WithdrawConsentInputType : CaseMutationInputType<WithdrawConsentInput>
{
    /// <summary>Defines the fields.</summary>
    public WithdrawConsentInputType() : base("WithdrawConsentInput")
    {
        Field<NonNullGraphType<IdGraphType>>("consentId");
        Field<NonNullGraphType<DateScalarType>>("withdrawnOn").Description("Between the day it was given and today.");
    }
}
