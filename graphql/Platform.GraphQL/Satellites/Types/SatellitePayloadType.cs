using Platform.GraphQL.Types;
using Platform.Tenants.Satellites;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>The payload of a satellite mutation: <c>{ clientMutationId satellite errors }</c>.</summary>
public abstract class SatellitePayloadType(string name)
    : PayloadType<SatelliteGraphType, SatelliteRecord>(name, "satellite", "The satellite as it now stands; null when errors is not empty.");
