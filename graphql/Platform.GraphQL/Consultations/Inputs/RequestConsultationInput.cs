using Platform.GraphQL.Cases.Inputs;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Consultations.Inputs;

/// <summary>The input of <c>requestConsultation</c>.</summary>
public sealed class RequestConsultationInput : CaseMutationInput
{
    /// <summary>What advice is asked for.</summary>
    public string Question { get; set; } = "";
}
