using GraphQL.Types;

namespace Platform.GraphQL.Consultations.Inputs;

/// <summary>GraphQL input <c>CloseConsultationInput</c>.</summary>
public sealed class CloseConsultationInputType : InputObjectGraphType<ConsultationMutationInput>
{
    /// <summary>Defines the fields.</summary>
    public CloseConsultationInputType()
    {
        Name = "CloseConsultationInput";
        Field(x => x.ClientMutationId, nullable: true);
        Field<NonNullGraphType<IdGraphType>>("consultationId");
    }
}
