using Platform.GraphQL.Cases.Inputs;

namespace Platform.GraphQL.Consultations.Inputs;

/// <summary>The input of <c>requestConsultation</c>.</summary>
public sealed class RequestConsultationInput : CaseMutationInput
{
    /// <summary>What advice is asked for.</summary>
    public string Question { get; set; } = "";
}

/// <summary>GraphQL input <c>RequestConsultationInput</c>.</summary>
public sealed class RequestConsultationInputType : CaseMutationInputType<RequestConsultationInput>
{
    public RequestConsultationInputType() : base("RequestConsultationInput")
    {
        Description = "The input of requestConsultation.";
        Field(x => x.Question).Description("What advice is asked for; the case needs a prefectural-consultation consent in force.");
    }
}
