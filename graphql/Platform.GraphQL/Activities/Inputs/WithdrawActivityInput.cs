using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Activities.Inputs;

/// <summary>The input of <c>withdrawActivity</c>.</summary>
public sealed class WithdrawActivityInput : MutationInput
{
    /// <summary>The id of the activity, as <c>recordActivity</c> returned it.</summary>
    public string ActivityId { get; set; } = "";

    /// <summary>Why it is withdrawn; kept with it.</summary>
    public string Reason { get; set; } = "";
}
