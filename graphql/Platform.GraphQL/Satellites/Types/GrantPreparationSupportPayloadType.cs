using Platform.GraphQL.Types;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>GrantPreparationSupportPayload</c>.</summary>
public sealed class GrantPreparationSupportPayloadType() : PayloadType<PreparationGrantType, PreparationGrantNode>("GrantPreparationSupportPayload", "grant");
