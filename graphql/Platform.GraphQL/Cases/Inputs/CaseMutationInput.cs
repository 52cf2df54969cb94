namespace Platform.GraphQL.Cases.Inputs;

/// <summary>What every change of an existing case carries.</summary>
public abstract class CaseMutationInput
{
    /// <summary>Echoed back; a retry with the same id from the same caller applies once.</summary>
    public string? ClientMutationId { get; set; }

    /// <summary>The case's global id.</summary>
    public string CaseId { get; set; } = "";
}
