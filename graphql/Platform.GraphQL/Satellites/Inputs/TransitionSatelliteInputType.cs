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
        Description = "The input of transitionSatellite: the program the municipality runs from the handover.";
        Field<NonNullGraphType<DateScalarType>>("transitionedOn").Description("Between establishment and today; the program is designated for its fiscal year.");
        Field<NonNullGraphType<ProgramTierEnumType>>("tier").Description("The municipality's program tier.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportFunctionEnumType>>>>("functions").Description("The functions it delivers.");
        Field<ProgramOperatorInputType>("operator").Description("Who runs it.");
    }
}
