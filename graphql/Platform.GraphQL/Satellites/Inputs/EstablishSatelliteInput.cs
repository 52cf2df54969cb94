using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>The input of <c>establishSatellite</c>.</summary>
public sealed class EstablishSatelliteInput : MutationInput
{
    /// <summary>The municipality it is set up in (6-digit LG code).</summary>
    public string MunicipalityCode { get; set; } = "";

    /// <summary>The day it starts (may be ahead: it is PLANNED until then).</summary>
    public DateOnly EstablishedOn { get; set; }

    /// <summary>The planned handover; two years after establishment when left out.</summary>
    public DateOnly? PlannedTransitionOn { get; set; }
}
