using Platform.Tenants.Cases;

namespace Platform.Tenants.Consultations;

/// <summary>One contact of the case as the prefecture sees it: the date, the channel and with whom. No notes.</summary>
[GenerateSerializer, Immutable, Alias("platform.contact-mark.v1")]
public sealed record ContactMark(
    [property: Id(0)] DateOnly On,
    [property: Id(1)] ContactChannel Channel,
    [property: Id(2)] ContactParty With);
