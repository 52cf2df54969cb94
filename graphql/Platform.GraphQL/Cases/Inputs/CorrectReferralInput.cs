using Platform.Tenants.Cases;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>correctReferral</c>: the referral as it should read, and why.</summary>
public sealed class CorrectReferralInput : CaseMutationInput
{
    /// <summary>The id of the referral to correct.</summary>
    public string ReferralId { get; set; } = "";

    /// <summary>Where the case was referred.</summary>
    public ReferralDestination Destination { get; set; }

    /// <summary>The agency's name.</summary>
    public string? AgencyName { get; set; }

    /// <summary>The day of the referral.</summary>
    public DateOnly ReferredOn { get; set; }

    /// <summary>Notes.</summary>
    public string? Notes { get; set; }

    /// <summary>Why the entry is corrected.</summary>
    public string? Reason { get; set; }
}
