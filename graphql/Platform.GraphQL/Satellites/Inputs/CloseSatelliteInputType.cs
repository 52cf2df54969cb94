using GraphQL.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>GraphQL input <c>CloseSatelliteInput</c>.</summary>
public sealed class CloseSatelliteInputType : SatelliteMutationInputType<CloseSatelliteInput>
{
    /// <summary>Defines the fields.</summary>
    public CloseSatelliteInputType() : base("CloseSatelliteInput")
    {
        Description = "The input of closeSatellite.";
        Field<NonNullGraphType<DateScalarType>>("closedOn").Description("Between establishment and today.");
        Field(x => x.Reason).Description("Required; kept in the satellite's history.");
    }
}
