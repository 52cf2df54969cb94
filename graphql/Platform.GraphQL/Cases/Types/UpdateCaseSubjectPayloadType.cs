namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>UpdateCaseSubjectPayload</c>.</summary>
public sealed class UpdateCaseSubjectPayloadType() : CasePayloadType("UpdateCaseSubjectPayload");
