using Platform.GraphQL.Mutations;

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
