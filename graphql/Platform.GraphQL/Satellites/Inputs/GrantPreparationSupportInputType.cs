using GraphQL.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>GraphQL input <c>GrantPreparationSupportInput</c>.</summary>
public sealed class GrantPreparationSupportInputType : InputObjectGraphType<GrantPreparationSupportInput>
{
    /// <summary>Defines the fields.</summary>
    public GrantPreparationSupportInputType()
    {
        Name = "GrantPreparationSupportInput";
        Field(x => x.ClientMutationId, nullable: true);
        Field(x => x.MunicipalityCode);
        Field(x => x.FiscalYear);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PreparationGrantItemInputType>>>>("items").Description("Fact-finding, premises repair, equipment; each once.");
        Field<NonNullGraphType<ProgramTierEnumType>>("committedTier").Description("The tier the municipality commits to run from the next fiscal year.");
    }
}
