using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>ReferralDestinationCount</c>.</summary>
public sealed class ReferralDestinationCountType() : CountType<ReferralDestinationEnumType, ReferralDestination>("ReferralDestinationCount", "destination");
