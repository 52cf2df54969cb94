using Platform.GraphQL.Infrastructure;
using GraphQL.Types;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Consultations.Inputs;

/// <summary>GraphQL input <c>CloseConsultationInput</c>.</summary>
public sealed class CloseConsultationInputType : InputObjectGraphType<ConsultationMutationInput>
{
    /// <summary>Defines the fields.</summary>
    public CloseConsultationInputType()
    {
        Name = "CloseConsultationInput";
        Description = "The input of closeConsultation.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<IdGraphType>>("consultationId").Description("The consultation's global id.");
    }
}
