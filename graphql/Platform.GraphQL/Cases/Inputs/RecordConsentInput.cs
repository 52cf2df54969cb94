using Platform.Tenants.Cases;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>recordConsent</c>.</summary>
public sealed class RecordConsentInput : CaseMutationInput
{
    /// <summary>What the consent allows.</summary>
    public ConsentPurpose Purpose { get; set; }

    /// <summary>The agency information may be shared with (required for INFORMATION_SHARING).</summary>
    public string? AgencyName { get; set; }

    /// <summary>Who gave it.</summary>
    public ConsentGiver GivenBy { get; set; }

    /// <summary>The day it was given.</summary>
    public DateOnly GivenOn { get; set; }
}
