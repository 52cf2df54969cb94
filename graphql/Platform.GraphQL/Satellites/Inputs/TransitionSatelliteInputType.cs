using GraphQL.Types;
using Platform.GraphQL.MutationInputs;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>GraphQL input <c>TransitionSatelliteInput</c>.</summary>
public sealed class TransitionSatelliteInputType : SatelliteMutationInputType<TransitionSatelliteInput>
{
    /// <summary>Defines the fields.</summary>
    public TransitionSatelliteInputType() : base("TransitionSatelliteInput")
    {
        Field<NonNullGraphType<DateScalarType>>("transitionedOn").Description("Between establishment and today; the program is designated for its fiscal year.");
        Field<NonNullGraphType<ProgramTierEnumType>>("tier");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportFunctionEnumType>>>>("functions");
        Field<ProgramOperatorInputType>("operator");
    }
}
