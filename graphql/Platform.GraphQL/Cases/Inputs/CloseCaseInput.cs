using Platform.Tenants.Cases;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>closeCase</c>.</summary>
public sealed class CloseCaseInput : CaseMutationInput
{
    /// <summary>The day it is closed.</summary>
    public DateOnly ClosedOn { get; set; }

    /// <summary>Why.</summary>
    public ClosureReason Reason { get; set; }
}
