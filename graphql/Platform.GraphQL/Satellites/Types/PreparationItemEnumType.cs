using GraphQL.Types;
using Platform.Tenants.PrefecturalSupport;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL enum <c>PreparationItem</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class PreparationItemEnumType : EnumerationGraphType<PreparationItem>
{
    /// <summary>Names the type as the contract does.</summary>
    public PreparationItemEnumType()
    {
        Name = "PreparationItem";
        Description = "What a preparation grant (準備支援) may pay for.";
    }
}
