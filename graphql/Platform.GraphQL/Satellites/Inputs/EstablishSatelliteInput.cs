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

/// <summary>GraphQL input <c>EstablishSatelliteInput</c>.</summary>
public sealed class EstablishSatelliteInputType : InputObjectGraphType<EstablishSatelliteInput>
{
    public EstablishSatelliteInputType()
    {
        Name = "EstablishSatelliteInput";
        Description = "The input of establishSatellite.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field(x => x.MunicipalityCode).Description("A municipality of the caller's prefecture without a program in the fiscal year of establishedOn.");
        Field<NonNullGraphType<DateScalarType>>("establishedOn").Description("The day it starts.");
        Field<DateScalarType>("plannedTransitionOn").Description("Two years after establishedOn when left out (原則2年).");
    }
}
