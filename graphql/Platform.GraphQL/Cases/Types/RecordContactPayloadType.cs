namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>RecordContactPayload</c>.</summary>
public sealed class RecordContactPayloadType() : CasePayloadType("RecordContactPayload");
