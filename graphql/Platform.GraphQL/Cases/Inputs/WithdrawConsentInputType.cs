using GraphQL.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>WithdrawConsentInput</c>.</summary>
public sealed class WithdrawConsentInputType : CaseMutationInputType<WithdrawConsentInput>
{
    /// <summary>Defines the fields.</summary>
    public WithdrawConsentInputType() : base("WithdrawConsentInput")
    {
        Description = "The input of withdrawConsent.";
        Field<NonNullGraphType<IdGraphType>>("consentId").Description("The consent's id within the case.");
        Field<NonNullGraphType<DateScalarType>>("withdrawnOn").Description("Between the day it was given and today.");
    }
}
