using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.MutationInputs;

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
