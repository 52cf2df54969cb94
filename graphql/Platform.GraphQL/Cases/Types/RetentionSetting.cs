namespace Platform.GraphQL.Cases.Types;

/// <summary>The retention a tenant has set, as a payload carries it.</summary>
/// <param name="Years">Years closed cases are kept.</param>
public sealed record RetentionSetting(int Years);
