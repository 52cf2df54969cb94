using Platform.GraphQL.MutationInputs;
using Platform.Tenants.Programs;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>The input of <c>transitionSatellite</c>: the date and the program the municipality runs from then on.</summary>
public sealed class TransitionSatelliteInput : SatelliteMutationInput
{
    /// <summary>The day of the handover.</summary>
    public DateOnly TransitionedOn { get; set; }

    /// <summary>The tier of the municipality's program.</summary>
    public ProgramTier Tier { get; set; }

    /// <summary>The functions it delivers.</summary>
    public List<SupportFunction> Functions { get; set; } = [];

    /// <summary>Who runs it, when known.</summary>
    public ProgramOperatorInput? Operator { get; set; }
}
