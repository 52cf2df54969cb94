using GraphQL.Types;

namespace Platform.GraphQL.Activities.Inputs;

/// <summary>GraphQL input <c>RegisterPlaceOfBelongingInput</c>.</summary>
public sealed class RegisterPlaceOfBelongingInputType : InputObjectGraphType<RegisterPlaceOfBelongingInput>
{
    /// <summary>Defines the fields.</summary>
    public RegisterPlaceOfBelongingInputType()
    {
        Name = "RegisterPlaceOfBelongingInput";
        Field(x => x.ClientMutationId, nullable: true);
        Field(x => x.Name);
        Field(x => x.Address, nullable: true);
        Field(x => x.Schedule, nullable: true);
        Field(x => x.IsPublic).Description("Listed in the public directory; a place that is not is never shown without a token.");
    }
}
