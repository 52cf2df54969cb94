using Platform.Tenants.PrefecturalSupport;

namespace Platform.GraphQL.Satellites;

/// <summary>A preparation grant with its condition, worked out from the next fiscal year's program.</summary>
public sealed record PreparationGrantNode(PreparationGrant Grant, ProgramRecord? NextYearProgram, GrantConditionStatus Condition);
