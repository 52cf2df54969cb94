using Platform.GraphQL.Types;
using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>RecordActivityPayload</c>.</summary>
public sealed class RecordActivityPayloadType() : PayloadType<ActivityType, Activity>("RecordActivityPayload", "activity", "Null when errors is not empty.");
