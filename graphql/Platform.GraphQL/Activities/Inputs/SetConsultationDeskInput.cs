namespace Platform.GraphQL.Activities.Inputs;

/// <summary>The input of <c>setConsultationDesk</c>; the tenant is the caller's.</summary>
public sealed class SetConsultationDeskInput : MutationInput
{
    /// <summary>The desk's name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Its phone number.</summary>
    public string? Phone { get; set; }

    /// <summary>Its opening hours.</summary>
    public string? Hours { get; set; }

    /// <summary>Its web page.</summary>
    public string? Url { get; set; }

    /// <summary>Its address.</summary>
    public string? Address { get; set; }

    /// <summary>Publicised (周知): listed in the public directory.</summary>
    public bool Publicized { get; set; }
}

/// <summary>GraphQL input <c>SetConsultationDeskInput</c>.</summary>
public sealed class SetConsultationDeskInputType : InputObjectGraphType<SetConsultationDeskInput>
{
    public SetConsultationDeskInputType()
    {
        Name = "SetConsultationDeskInput";
        Description = "The input of setConsultationDesk.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field(x => x.Name).Description("The desk's name; not empty.");
        Field(x => x.Phone, nullable: true).Description("Its phone number.");
        Field(x => x.Hours, nullable: true).Description("Its opening hours, as free text.");
        Field(x => x.Url, nullable: true).Description("An absolute http or https address.");
        Field(x => x.Address, nullable: true).Description("Its address.");
        Field(x => x.Publicized).Description("Publicised (周知): shown in the public directory, and counted as such in the request status.");
    }
}
