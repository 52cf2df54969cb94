using Platform.GraphQL.Infrastructure;
using GraphQL.Types;
using Platform.GraphQL.Types;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>GraphQL input <c>EstablishSatelliteInput</c>.</summary>
public sealed class EstablishSatelliteInputType : InputObjectGraphType<EstablishSatelliteInput>
{
    /// <summary>Defines the fields.</summary>
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
