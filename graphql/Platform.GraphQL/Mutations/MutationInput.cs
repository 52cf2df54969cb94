namespace Platform.GraphQL.Mutations;

/// <summary>What the input of every mutation carries.</summary>
public abstract class MutationInput
{
    /// <summary>Echoed back; a retry with the same id from the same caller applies once.</summary>
    public string? ClientMutationId { get; set; }
}
