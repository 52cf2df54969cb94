using GraphQL.Types;

namespace Platform.GraphQL.Consultations.Inputs;

/// <summary>GraphQL input <c>RespondToConsultationInput</c>.</summary>
public sealed class RespondToConsultationInputType : InputObjectGraphType<RespondToConsultationInput>
{
    /// <summary>Defines the fields.</summary>
    public RespondToConsultationInputType()
    {
        Name = "RespondToConsultationInput";
        Field(x => x.ClientMutationId, nullable: true);
        Field<NonNullGraphType<IdGraphType>>("consultationId");
        Field(x => x.Advice);
    }
}
