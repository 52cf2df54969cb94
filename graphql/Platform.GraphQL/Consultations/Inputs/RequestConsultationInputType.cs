using Platform.GraphQL.Cases.Inputs;

namespace Platform.GraphQL.Consultations.Inputs;

/// <summary>GraphQL input <c>RequestConsultationInput</c>.</summary>
public sealed class RequestConsultationInputType : CaseMutationInputType<RequestConsultationInput>
{
    /// <summary>Defines the fields.</summary>
    public RequestConsultationInputType() : base("RequestConsultationInput")
    {
        Description = "The input of requestConsultation.";
        Field(x => x.Question).Description("What advice is asked for; the case needs a prefectural-consultation consent in force.");
    }
}
