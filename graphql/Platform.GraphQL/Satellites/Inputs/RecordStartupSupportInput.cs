namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>The input of <c>recordStartupSupport</c>.</summary>
public sealed class RecordStartupSupportInput : MutationInput
{
    /// <summary>The municipality (6-digit LG code).</summary>
    public string MunicipalityCode { get; set; } = "";

    /// <summary>The fiscal year of its program.</summary>
    public int FiscalYear { get; set; }

    /// <summary>True to record the support, false to withdraw the record.</summary>
    public bool Provided { get; set; } = true;
}

/// <summary>GraphQL input <c>RecordStartupSupportInput</c>.</summary>
public sealed class RecordStartupSupportInputType : InputObjectGraphType<RecordStartupSupportInput>
{
    public RecordStartupSupportInputType()
    {
        Name = "RecordStartupSupportInput";
        Description = "The input of recordStartupSupport.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field(x => x.MunicipalityCode).Description("The municipality's 6-digit LG code.");
        Field(x => x.FiscalYear).Description("The fiscal year (年度) of the support.");
        Field<BooleanGraphType>("provided").DefaultValue(true).Description("False withdraws the record.");
    }
}
