using GraphQL.Types;
using Platform.Tenants.Programs;

namespace Platform.GraphQL.Types;

/// <summary>GraphQL enum <c>OperatorKind</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class OperatorKindEnumType : EnumerationGraphType<OperatorKind>
{
    /// <summary>Names the type as the contract does.</summary>
    public OperatorKindEnumType()
    {
        Name = "OperatorKind";
        Description = "How a program is run: directly (直営) or commissioned (委託).";
    }
}
