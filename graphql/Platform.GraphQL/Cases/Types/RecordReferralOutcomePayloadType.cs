namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>RecordReferralOutcomePayload</c>.</summary>
public sealed class RecordReferralOutcomePayloadType() : CasePayloadType("RecordReferralOutcomePayload");
