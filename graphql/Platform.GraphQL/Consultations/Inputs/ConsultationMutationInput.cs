namespace Platform.GraphQL.Consultations.Inputs;

/// <summary>What every change of an existing consultation carries.</summary>
public class ConsultationMutationInput : MutationInput
{
    /// <summary>The consultation's global id.</summary>
    public string ConsultationId { get; set; } = "";
}

/// <summary>GraphQL input <c>CloseConsultationInput</c>.</summary>
public sealed class CloseConsultationInputType : InputObjectGraphType<ConsultationMutationInput>
{
    public CloseConsultationInputType()
    {
        Name = "CloseConsultationInput";
        Description = "The input of closeConsultation.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<IdGraphType>>("consultationId").Description("The consultation's global id.");
    }
}
