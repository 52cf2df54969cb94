using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>What every change of an existing case carries.</summary>
public abstract class CaseMutationInput : MutationInput
{
    /// <summary>The case's global id.</summary>
    public string CaseId { get; set; } = "";
}
