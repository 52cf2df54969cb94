namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>The input of <c>grantPreparationSupport</c>.</summary>
public sealed class GrantPreparationSupportInput : MutationInput
{
    /// <summary>The municipality preparing to start (6-digit LG code).</summary>
    public string MunicipalityCode { get; set; } = "";

    /// <summary>The fiscal year of the grant.</summary>
    public int FiscalYear { get; set; }

    /// <summary>What it pays for.</summary>
    public List<PreparationGrantItemInput> Items { get; set; } = [];

    /// <summary>The tier the municipality commits to run from the next fiscal year.</summary>
    public ProgramTier CommittedTier { get; set; }
}

/// <summary>GraphQL input <c>GrantPreparationSupportInput</c>.</summary>
public sealed class GrantPreparationSupportInputType : InputObjectGraphType<GrantPreparationSupportInput>
{
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
