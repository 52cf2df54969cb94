namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>The input of <c>extendSatellite</c>.</summary>
public sealed class ExtendSatelliteInput : SatelliteMutationInput
{
    /// <summary>The new planned transition date, later than the current one.</summary>
    public DateOnly PlannedTransitionOn { get; set; }

    /// <summary>Why; kept in the history.</summary>
    public string Reason { get; set; } = "";
}

/// <summary>GraphQL input <c>ExtendSatelliteInput</c>.</summary>
public sealed class ExtendSatelliteInputType : SatelliteMutationInputType<ExtendSatelliteInput>
{
    public ExtendSatelliteInputType() : base("ExtendSatelliteInput")
    {
        Description = "The input of extendSatellite.";
        Field<NonNullGraphType<DateScalarType>>("plannedTransitionOn").Description("Later than the current planned date.");
        Field(x => x.Reason).Description("Required; kept in the satellite's history.");
    }
}
