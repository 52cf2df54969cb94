using Platform.GraphQL.Mutations;

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
