namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>ReferCasePayload</c>.</summary>
public sealed class ReferCasePayloadType() : CasePayloadType("ReferCasePayload");
