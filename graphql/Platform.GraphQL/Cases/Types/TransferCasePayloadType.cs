namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>TransferCasePayload</c>.</summary>
public sealed class TransferCasePayloadType() : CasePayloadType("TransferCasePayload");
