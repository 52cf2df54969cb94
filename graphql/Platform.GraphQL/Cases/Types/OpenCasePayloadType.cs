namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>OpenCasePayload</c>.</summary>
public sealed class OpenCasePayloadType() : CasePayloadType("OpenCasePayload");
