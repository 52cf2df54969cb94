namespace Platform.GraphQL.Activities.Inputs;

/// <summary>The input of <c>withdrawActivity</c>.</summary>
public sealed class WithdrawActivityInput
{
    /// <summary>Echoed back; a retry with the same id from the same caller applies once.</summary>
    public string? ClientMutationId { get; set; }

    /// <summary>The id of the activity, as <c>recordActivity</c> returned it.</summary>
    public string ActivityId { get; set; } = "";

    /// <summary>Why it is withdrawn; kept with it.</summary>
    public string Reason { get; set; } = "";
}
