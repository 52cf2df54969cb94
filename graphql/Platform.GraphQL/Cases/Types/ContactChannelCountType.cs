using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>ContactChannelCount</c>.</summary>
public sealed class ContactChannelCountType() : CountType<ContactChannelEnumType, ContactChannel>("ContactChannelCount", "channel");
