namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>withdrawConsent</c>.</summary>
public sealed class WithdrawConsentInput : CaseMutationInput
{
    /// <summary>The consent's id.</summary>
    public string ConsentId { get; set; } = "";

    /// <summary>The day it was withdrawn.</summary>
    public DateOnly WithdrawnOn { get; set; }
}

/// <summary>GraphQL input <c>WithdrawConsentInput</c>.</summary>
public sealed class WithdrawConsentInputType : CaseMutationInputType<WithdrawConsentInput>
{
    public WithdrawConsentInputType() : base("WithdrawConsentInput")
    {
        Description = "The input of withdrawConsent.";
        Field<NonNullGraphType<IdGraphType>>("consentId").Description("The consent's id within the case.");
        Field<NonNullGraphType<DateScalarType>>("withdrawnOn").Description("Between the day it was given and today.");
    }
}
