using Platform.Tenants.Programs;
using Platform.GraphQL.Mutations;

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
