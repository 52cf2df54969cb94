using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>withdrawConsent</c>.</summary>
public sealed class WithdrawConsentInput : CaseMutationInput
{
    /// <summary>The consent's id.</summary>
    public string ConsentId { get; set; } = "";

    /// <summary>The day it was withdrawn.</summary>
    public DateOnly WithdrawnOn { get; set; }
}
