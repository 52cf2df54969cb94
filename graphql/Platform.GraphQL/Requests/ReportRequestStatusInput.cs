namespace Platform.GraphQL.Requests;

/// <summary>The input of <c>reportRequestStatus</c>.</summary>
public sealed class ReportRequestStatusInput : MutationInput
{
    /// <summary>The reporting municipality (6-digit LG code).</summary>
    public string MunicipalityCode { get; set; } = "";

    /// <summary>The fiscal year reported on.</summary>
    public int FiscalYear { get; set; }

    /// <summary>The consultation desk was made clear (明確化).</summary>
    public bool DeskClarified { get; set; }

    /// <summary>The desk was publicised (周知).</summary>
    public bool DeskPublicized { get; set; }

    /// <summary>A fact-finding survey was done (実態把握).</summary>
    public bool FactFindingSurvey { get; set; }

    /// <summary>A municipal platform runs (市町村プラットフォーム).</summary>
    public bool MunicipalPlatform { get; set; }
}

/// <summary>GraphQL input <c>ReportRequestStatusInput</c>.</summary>
public sealed class ReportRequestStatusInputType : InputObjectGraphType<ReportRequestStatusInput>
{
    public ReportRequestStatusInputType()
    {
        Name = "ReportRequestStatusInput";
        Description = "The input of reportRequestStatus: a municipality's answers to the three requests for a fiscal year.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field(x => x.MunicipalityCode).Description("The municipality's 6-digit LG code.");
        Field(x => x.FiscalYear).Description("The fiscal year (年度).");
        Field(x => x.DeskClarified).Description("The consultation desk is named (相談窓口の明確化).");
        Field(x => x.DeskPublicized).Description("The consultation desk is made known (相談窓口の周知).");
        Field(x => x.FactFindingSurvey).Description("A fact-finding survey was run (実態把握).");
        Field(x => x.MunicipalPlatform).Description("A municipal platform is set up (市町村プラットフォーム).");
    }
}
