using GraphQL.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Cases.Types;

/// <summary>The retention a tenant has set, as a payload carries it.</summary>
/// <param name="Years">Years closed cases are kept.</param>
public sealed record RetentionSetting(int Years);

/// <summary>GraphQL type <c>SetRetentionPayload</c>.</summary>
public sealed class SetRetentionPayloadType() : PayloadType<IntGraphType, RetentionSetting>(
    "SetRetentionPayload", "retentionYears", "The retention in years as it now stands; null when errors is not empty.", r => r.Years);
