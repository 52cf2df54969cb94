namespace Platform.GraphQL.Consultations.Inputs;

/// <summary>What every change of an existing consultation carries.</summary>
public class ConsultationMutationInput
{
    /// <summary>Echoed back; a retry with the same id from the same caller applies once.</summary>
    public string? ClientMutationId { get; set; }

    /// <summary>The consultation's global id.</summary>
    public string ConsultationId { get; set; } = "";
}
