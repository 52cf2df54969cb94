namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>RecordConsentPayload</c>.</summary>
public sealed class RecordConsentPayloadType() : CasePayloadType("RecordConsentPayload");
