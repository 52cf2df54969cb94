namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>CorrectContactPayload</c>.</summary>
public sealed class CorrectContactPayloadType() : CasePayloadType("CorrectContactPayload");
