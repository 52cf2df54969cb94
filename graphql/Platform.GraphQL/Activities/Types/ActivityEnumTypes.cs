namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL enum <c>ActivityKind</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ActivityKindEnumType : EnumerationGraphType<ActivityKind>
{
    public ActivityKindEnumType()
    {
        Name = "ActivityKind";
        Description = "What kind of activity a record is.";
    }
}

/// <summary>GraphQL enum <c>AgencyType</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class AgencyTypeEnumType : EnumerationGraphType<AgencyType>
{
    public AgencyTypeEnumType()
    {
        Name = "AgencyType";
        Description = "The kind of agency a trainee works for.";
    }
}
