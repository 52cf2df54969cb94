using GraphQL.Types;
using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL enum <c>ActivityKind</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ActivityKindEnumType : EnumerationGraphType<ActivityKind>
{
    /// <summary>Names the type.</summary>
    public ActivityKindEnumType()
    {
        Name = "ActivityKind";
        Description = "What kind of activity a record is.";
    }
}
