using GraphQL.Types;
using Platform.Tenants.Programs;

namespace Platform.GraphQL.Types;

/// <summary>GraphQL enum <c>ProgramTier</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ProgramTierEnumType : EnumerationGraphType<ProgramTier>
{
    /// <summary>Names the type as the contract does.</summary>
    public ProgramTierEnumType()
    {
        Name = "ProgramTier";
        Description = "The tier of a support program, from the most complete to the entry step.";
    }
}
