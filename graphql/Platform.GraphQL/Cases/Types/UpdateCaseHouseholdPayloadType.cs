namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>UpdateCaseHouseholdPayload</c>.</summary>
public sealed class UpdateCaseHouseholdPayloadType() : CasePayloadType("UpdateCaseHouseholdPayload");
