using Platform.GraphQL.Infrastructure;
using GraphQL.Types;
using Platform.GraphQL.Types;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>GraphQL input <c>GrantPreparationSupportInput</c>.</summary>
public sealed class GrantPreparationSupportInputType : InputObjectGraphType<GrantPreparationSupportInput>
{
    /// <summary>Defines the fields.</summary>
    public GrantPreparationSupportInputType()
    {
        Name = "GrantPreparationSupportInput";
        Description = "The input of grantPreparationSupport.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field(x => x.MunicipalityCode).Description("The municipality's 6-digit LG code.");
        Field(x => x.FiscalYear).Description("The fiscal year (年度) of the grant.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PreparationGrantItemInputType>>>>("items").Description("Fact-finding, premises repair, equipment; each once.");
        Field<NonNullGraphType<ProgramTierEnumType>>("committedTier").Description("The tier the municipality commits to run from the next fiscal year.");
    }
}
