using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>What every change of an existing satellite carries.</summary>
public abstract class SatelliteMutationInput : MutationInput
{
    /// <summary>The satellite's global id.</summary>
    public string SatelliteId { get; set; } = "";
}
