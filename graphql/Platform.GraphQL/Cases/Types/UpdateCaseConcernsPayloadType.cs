namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>UpdateCaseConcernsPayload</c>.</summary>
public sealed class UpdateCaseConcernsPayloadType() : CasePayloadType("UpdateCaseConcernsPayload");
