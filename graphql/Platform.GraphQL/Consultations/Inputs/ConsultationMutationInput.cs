using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Consultations.Inputs;

/// <summary>What every change of an existing consultation carries.</summary>
public class ConsultationMutationInput : MutationInput
{
    /// <summary>The consultation's global id.</summary>
    public string ConsultationId { get; set; } = "";
}
