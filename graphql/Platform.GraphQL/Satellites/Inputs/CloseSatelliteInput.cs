namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>The input of <c>closeSatellite</c>.</summary>
public sealed class CloseSatelliteInput : SatelliteMutationInput
{
    /// <summary>The day it closed.</summary>
    public DateOnly ClosedOn { get; set; }

    /// <summary>Why; kept in the history.</summary>
    public string Reason { get; set; } = "";
}

/// <summary>GraphQL input <c>CloseSatelliteInput</c>.</summary>
public sealed class CloseSatelliteInputType : SatelliteMutationInputType<CloseSatelliteInput>
{
    public CloseSatelliteInputType() : base("CloseSatelliteInput")
    {
        Description = "The input of closeSatellite.";
        Field<NonNullGraphType<DateScalarType>>("closedOn").Description("Between establishment and today.");
        Field(x => x.Reason).Description("Required; kept in the satellite's history.");
    }
}
