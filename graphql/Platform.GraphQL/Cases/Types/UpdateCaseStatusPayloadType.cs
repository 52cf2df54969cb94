namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>UpdateCaseStatusPayload</c>.</summary>
public sealed class UpdateCaseStatusPayloadType() : CasePayloadType("UpdateCaseStatusPayload");
