namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>UpdateCaseNotesPayload</c>.</summary>
public sealed class UpdateCaseNotesPayloadType() : CasePayloadType("UpdateCaseNotesPayload");
