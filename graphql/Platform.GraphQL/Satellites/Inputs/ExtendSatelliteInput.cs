using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>The input of <c>extendSatellite</c>.</summary>
public sealed class ExtendSatelliteInput : SatelliteMutationInput
{
    /// <summary>The new planned transition date, later than the current one.</summary>
    public DateOnly PlannedTransitionOn { get; set; }

    /// <summary>Why; kept in the history.</summary>
    public string Reason { get; set; } = "";
}
