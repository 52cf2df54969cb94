using Platform.Tenants.Programs;

namespace Platform.GraphQL.MutationInputs;

/// <summary>The operator part of a designation.</summary>
public sealed class ProgramOperatorInput
{
    /// <summary>Direct or commissioned.</summary>
    public OperatorKind Kind { get; set; }

    /// <summary>The contractor's (or department's) name.</summary>
    public string? Name { get; set; }
}
