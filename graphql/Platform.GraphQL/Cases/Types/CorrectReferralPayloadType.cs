namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>CorrectReferralPayload</c>.</summary>
public sealed class CorrectReferralPayloadType() : CasePayloadType("CorrectReferralPayload");
