namespace Platform.GraphQL.Activities;

/// <summary>A municipality's program whose records do not show every function its tier requires.</summary>
public sealed record FlaggedProgram(string MunicipalityCode, TierDelivery Delivery);
