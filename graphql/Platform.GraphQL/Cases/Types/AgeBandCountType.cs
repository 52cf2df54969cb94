using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>AgeBandCount</c>.</summary>
public sealed class AgeBandCountType() : CountType<AgeBandEnumType, AgeBand>("AgeBandCount", "ageBand");
