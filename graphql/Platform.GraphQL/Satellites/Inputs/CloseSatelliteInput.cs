using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>The input of <c>closeSatellite</c>.</summary>
public sealed class CloseSatelliteInput : SatelliteMutationInput
{
    /// <summary>The day it closed.</summary>
    public DateOnly ClosedOn { get; set; }

    /// <summary>Why; kept in the history.</summary>
    public string Reason { get; set; } = "";
}
