using Platform.GraphQL.Types;
using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>WithdrawActivityPayload</c>.</summary>
public sealed class WithdrawActivityPayloadType()
    : PayloadType<ActivityType, Activity>("WithdrawActivityPayload", "activity", "The activity withdrawn; null when errors is not empty.");
