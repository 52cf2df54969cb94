using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>ClosureReasonCount</c>.</summary>
public sealed class ClosureReasonCountType() : CountType<ClosureReasonEnumType, ClosureReason>("ClosureReasonCount", "reason");
