using GraphQL.Types;

namespace Platform.GraphQL.Activities.Inputs;

/// <summary>GraphQL input <c>SetConsultationDeskInput</c>.</summary>
public sealed class SetConsultationDeskInputType : InputObjectGraphType<SetConsultationDeskInput>
{
    /// <summary>Defines the fields.</summary>
    public SetConsultationDeskInputType()
    {
        Name = "SetConsultationDeskInput";
        Field(x => x.ClientMutationId, nullable: true);
        Field(x => x.Name);
        Field(x => x.Phone, nullable: true);
        Field(x => x.Hours, nullable: true);
        Field(x => x.Url, nullable: true).Description("An absolute http or https address.");
        Field(x => x.Address, nullable: true);
        Field(x => x.Publicized).Description("Publicised (周知): shown in the public directory, and counted as such in the request status.");
    }
}
