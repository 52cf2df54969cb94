using GraphQL.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>GraphQL input <c>ExtendSatelliteInput</c>.</summary>
public sealed class ExtendSatelliteInputType : SatelliteMutationInputType<ExtendSatelliteInput>
{
    /// <summary>Defines the fields.</summary>
    public ExtendSatelliteInputType() : base("ExtendSatelliteInput")
    {
        Description = "The input of extendSatellite.";
        Field<NonNullGraphType<DateScalarType>>("plannedTransitionOn").Description("Later than the current planned date.");
        Field(x => x.Reason).Description("Required; kept in the satellite's history.");
    }
}
