namespace Platform.GraphQL.Consultations.Inputs;

/// <summary>The input of <c>respondToConsultation</c>.</summary>
public sealed class RespondToConsultationInput : ConsultationMutationInput
{
    /// <summary>The advice.</summary>
    public string Advice { get; set; } = "";
}

/// <summary>GraphQL input <c>RespondToConsultationInput</c>.</summary>
public sealed class RespondToConsultationInputType : InputObjectGraphType<RespondToConsultationInput>
{
    public RespondToConsultationInputType()
    {
        Name = "RespondToConsultationInput";
        Description = "The input of respondToConsultation.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<IdGraphType>>("consultationId").Description("The consultation's global id.");
        Field(x => x.Advice).Description("The advice; not empty.");
    }
}
