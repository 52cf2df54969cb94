namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>ReopenCasePayload</c>.</summary>
public sealed class ReopenCasePayloadType() : CasePayloadType("ReopenCasePayload");
