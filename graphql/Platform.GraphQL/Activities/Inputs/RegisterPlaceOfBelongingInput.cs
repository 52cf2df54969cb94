namespace Platform.GraphQL.Activities.Inputs;

/// <summary>The input of <c>registerPlaceOfBelonging</c>; the tenant is the caller's.</summary>
public sealed class RegisterPlaceOfBelongingInput : MutationInput
{
    /// <summary>The place's name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Where it is.</summary>
    public string? Address { get; set; }

    /// <summary>When it opens.</summary>
    public string? Schedule { get; set; }

    /// <summary>Listed in the public directory.</summary>
    public bool IsPublic { get; set; }
}

/// <summary>GraphQL input <c>RegisterPlaceOfBelongingInput</c>.</summary>
public sealed class RegisterPlaceOfBelongingInputType : InputObjectGraphType<RegisterPlaceOfBelongingInput>
{
    public RegisterPlaceOfBelongingInputType()
    {
        Name = "RegisterPlaceOfBelongingInput";
        Description = "The input of registerPlaceOfBelonging.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field(x => x.Name).Description("Its name; not empty.");
        Field(x => x.Address, nullable: true).Description("Where it is.");
        Field(x => x.Schedule, nullable: true).Description("When it opens, as free text.");
        Field(x => x.IsPublic).Description("Listed in the public directory; a place that is not is never shown without a token.");
    }
}
