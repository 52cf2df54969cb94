namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>What every change of an existing satellite carries.</summary>
public abstract class SatelliteMutationInput
{
    /// <summary>Echoed back; a retry with the same id from the same caller applies once.</summary>
    public string? ClientMutationId { get; set; }

    /// <summary>The satellite's global id.</summary>
    public string SatelliteId { get; set; } = "";
}
