using Platform.Tenants.Cases;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>referCase</c>.</summary>
public sealed class ReferCaseInput : CaseMutationInput
{
    /// <summary>Where the case is referred.</summary>
    public ReferralDestination Destination { get; set; }

    /// <summary>The agency's name.</summary>
    public string? AgencyName { get; set; }

    /// <summary>The day of the referral.</summary>
    public DateOnly ReferredOn { get; set; }

    /// <summary>Notes.</summary>
    public string? Notes { get; set; }
}
