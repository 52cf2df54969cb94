using Platform.Tenants.Consultations;

namespace Platform.Tenants.Cases;

/// <summary>The stored state of one case; encrypted at rest with its tenant's data key.</summary>
[GenerateSerializer, Alias("platform.case-state.v1")]
public sealed class CaseState : ITenantOwnedState, IRemembersCommands
{
    /// <inheritdoc />
    [Id(0)]
    public string TenantCode { get; set; } = "";

    /// <summary>The file; null until the case is opened (or received).</summary>
    [Id(1)]
    public CaseFile? File { get; set; }

    /// <summary>
    /// What the case contributes to the statistics. Kept apart from the file so that a transfer
    /// stub or a purge removes personal data and keeps the counts.
    /// </summary>
    [Id(2)]
    public List<CaseActivity> Activity { get; set; } = [];

    /// <summary>The case book entry may be behind the file (stored with the change; see the grain).</summary>
    [Id(3)]
    public bool IndexPending { get; set; }

    /// <summary>
    /// Whole replies, as earlier versions remembered them (they hold personal data). No longer
    /// written; emptied when the case activates. See <see cref="Applied"/>.
    /// </summary>
    [Id(4)]
    public ReplyCache<CaseResult> FormerReplies { get; set; } = new();

    /// <summary>Age band for the counters, fixed when the case came in (survives purge and transfer).</summary>
    [Id(5)]
    public AgeBand StatAgeBand { get; set; } = AgeBand.Unknown;

    /// <summary>Gender for the counters, fixed when the case came in.</summary>
    [Id(6)]
    public Gender StatGender { get; set; } = Gender.Unknown;

    /// <summary>8050 household, for the counters.</summary>
    [Id(7)]
    public bool StatIs8050 { get; set; }

    /// <summary>True when the case came by transfer: it is not a new case of this tenant.</summary>
    [Id(8)]
    public bool StatReceived { get; set; }

    /// <summary>The grain keys of the consultations asked on this case, oldest first.</summary>
    [Id(10)]
    public List<string> Consultations { get; set; } = [];

    /// <summary>Whole replies to consultation requests, as earlier versions remembered them; emptied on activation.</summary>
    [Id(11)]
    public ReplyCache<ConsultationResult> FormerConsultationReplies { get; set; } = new();

    /// <summary>
    /// The commands applied, by caller and client mutation id: ids only. Emptied by a transfer
    /// and a purge.
    /// </summary>
    [Id(12)]
    public AppliedCommands Applied { get; set; } = new();

    /// <summary>
    /// The case's history of changes with the values they replaced, oldest first. Personal data:
    /// emptied by a transfer and a purge, as the file is.
    /// </summary>
    [Id(13)]
    public List<CaseChange> History { get; set; } = [];
}
