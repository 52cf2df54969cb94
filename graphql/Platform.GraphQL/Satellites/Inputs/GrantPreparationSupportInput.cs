using Platform.Tenants.Programs;

namespace Platform.GraphQL.Satellites.Inputs;

/// <summary>The input of <c>grantPreparationSupport</c>.</summary>
public sealed class GrantPreparationSupportInput
{
    /// <summary>Echoed back; a retry with the same id from the same caller applies once.</summary>
    public string? ClientMutationId { get; set; }

    /// <summary>The municipality preparing to start (6-digit LG code).</summary>
    public string MunicipalityCode { get; set; } = "";

    /// <summary>The fiscal year of the grant.</summary>
    public int FiscalYear { get; set; }

    /// <summary>What it pays for.</summary>
    public List<PreparationGrantItemInput> Items { get; set; } = [];

    /// <summary>The tier the municipality commits to run from the next fiscal year.</summary>
    public ProgramTier CommittedTier { get; set; }
}
