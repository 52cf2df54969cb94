using Platform.GraphQL.Mutations;

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
