using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>GenderCount</c>.</summary>
public sealed class GenderCountType() : CountType<GenderEnumType, Gender>("GenderCount", "gender");
