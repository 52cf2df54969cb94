using Platform.Tenants.Cases;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>recordReferralOutcome</c>.</summary>
public sealed class RecordReferralOutcomeInput : CaseMutationInput
{
    /// <summary>The referral's id.</summary>
    public string ReferralId { get; set; } = "";

    /// <summary>What became of it.</summary>
    public ReferralOutcome Outcome { get; set; }
}
