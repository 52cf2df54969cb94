using Platform.Tenants.Consultations;

namespace Platform.Tenants.PrefecturalSupport;

/// <summary>
/// The stored state of a prefecture's back-up work. Its copies of satellites and consultations
/// carry free text (reasons, questions) that may name a person, so it is encrypted with the
/// prefecture's data key.
/// </summary>
[GenerateSerializer, Alias("platform.prefectural-support-state.v1")]
public sealed class PrefecturalSupportState : ITenantOwnedState, IRemembersCommands
{
    /// <summary>The satellites by id, as each last reported itself.</summary>
    [Id(0)]
    public SortedDictionary<string, SatelliteRecord> Satellites { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The alerts raised, in the order they arrived.</summary>
    [Id(1)]
    public List<SatelliteAlert> Alerts { get; set; } = [];

    /// <summary>Preparation grants, in the order granted.</summary>
    [Id(2)]
    public List<PreparationGrant> Grants { get; set; } = [];

    /// <summary>Consultations received, by consultation grain key.</summary>
    [Id(3)]
    public Dictionary<string, ConsultationEntry> Consultations { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The nation's satellite figures may be behind (stored with the change).</summary>
    [Id(4)]
    public bool NationPending { get; set; }

    /// <summary>Whole replies to establishments, as earlier versions kept them: read only to be dropped on activation.</summary>
    [Id(5)]
    public ReplyCache<SatelliteResult> FormerSatelliteReplies { get; set; } = new();

    /// <summary>Whole replies to grants, as earlier versions kept them: read only to be dropped on activation.</summary>
    [Id(6)]
    public ReplyCache<PreparationGrantResult> FormerGrantReplies { get; set; } = new();

    /// <inheritdoc />
    [Id(7)]
    public string TenantCode { get; set; } = "";

    /// <summary>Establishments and grants applied, by caller and client mutation id, with the id each made.</summary>
    [Id(8)]
    public AppliedCommands Applied { get; set; } = new();

    /// <summary>The grants whose condition was decided (met or not met) and noticed, by grant id.</summary>
    [Id(9)]
    public Dictionary<string, GrantConditionStatus> DecidedGrants { get; set; } = new(StringComparer.Ordinal);
}
