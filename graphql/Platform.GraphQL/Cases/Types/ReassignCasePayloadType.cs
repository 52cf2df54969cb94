namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>ReassignCasePayload</c>.</summary>
public sealed class ReassignCasePayloadType() : CasePayloadType("ReassignCasePayload");
