using Platform.Tenants.Cases;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>openCase</c>: what is known at the first contact; most of it may be unknown.</summary>
public sealed class OpenCaseInput : MutationInput
{
    /// <summary>The day of the first contact.</summary>
    public DateOnly OpenedOn { get; set; }

    /// <summary>How the case came in.</summary>
    public ReferralSource ReferralSource { get; set; }

    /// <summary>The person, as far as known.</summary>
    public CaseSubjectInput? Subject { get; set; }

    /// <summary>The household, as far as known.</summary>
    public HouseholdInput? Household { get; set; }

    /// <summary>How long the withdrawal has lasted.</summary>
    public WithdrawalDuration? WithdrawalDuration { get; set; }

    /// <summary>What the person and household struggle with.</summary>
    public List<Concern>? Concerns { get; set; }

    /// <summary>The worker in charge; the caller when not given.</summary>
    public string? AssignedTo { get; set; }

    /// <summary>Free notes.</summary>
    public string? Notes { get; set; }

    /// <summary>The global id of the caller's prefecture's satellite that handles the case, if any.</summary>
    public string? SatelliteId { get; set; }
}
