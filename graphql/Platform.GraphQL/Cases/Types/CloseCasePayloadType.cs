namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>CloseCasePayload</c>.</summary>
public sealed class CloseCasePayloadType() : CasePayloadType("CloseCasePayload");
