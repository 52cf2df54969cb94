using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Consultations.Inputs;

/// <summary>The input of <c>respondToConsultation</c>.</summary>
public sealed class RespondToConsultationInput : ConsultationMutationInput
{
    /// <summary>The advice.</summary>
    public string Advice { get; set; } = "";
}
