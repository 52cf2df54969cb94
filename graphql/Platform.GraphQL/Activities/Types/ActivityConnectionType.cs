namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>ActivityConnection</c>.</summary>
public sealed class ActivityConnectionType() : ConnectionType<ActivityType, ActivityEdgeType, Activity>("ActivityConnection");

/// <summary>GraphQL type <c>ActivityEdge</c>.</summary>
public sealed class ActivityEdgeType() : EdgeType<ActivityType, Activity>("ActivityEdge");
