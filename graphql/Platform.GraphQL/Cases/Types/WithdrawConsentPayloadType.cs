namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>WithdrawConsentPayload</c>.</summary>
public sealed class WithdrawConsentPayloadType() : CasePayloadType("WithdrawConsentPayload");
