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

/// <summary>GraphQL input <c>TransitionSatelliteInput</c>.</summary>
public sealed class TransitionSatelliteInputType : SatelliteMutationInputType<TransitionSatelliteInput>
{
    public TransitionSatelliteInputType() : base("TransitionSatelliteInput")
    {
        Description = "The input of transitionSatellite: the program the municipality runs from the handover.";
        Field<NonNullGraphType<DateScalarType>>("transitionedOn").Description("Between establishment and today; the program is designated for its fiscal year.");
        Field<NonNullGraphType<ProgramTierEnumType>>("tier").Description("The municipality's program tier.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportFunctionEnumType>>>>("functions").Description("The functions it delivers.");
        Field<ProgramOperatorInputType>("operator").Description("Who runs it.");
    }
}
