namespace Platform.Tenants.Satellites;

/// <summary>
/// The stored state of one satellite. Case ids are random, but the reasons in its history are
/// free text that may name a person, so it is encrypted with the prefecture's data key.
/// </summary>
[GenerateSerializer, Alias("platform.satellite-state.v1")]
public sealed class SatelliteState : ITenantOwnedState, IRemembersCommands
{
    /// <summary>The satellite; null until it is created.</summary>
    [Id(0)]
    public SatelliteRecord? Satellite { get; set; }

    /// <summary>The ids of the prefecture's cases this satellite handles.</summary>
    [Id(1)]
    public List<string> CaseIds { get; set; } = [];

    /// <summary>The keys of the alerts raised so far (kind and planned date).</summary>
    [Id(2)]
    public HashSet<string> RaisedAlerts { get; set; } = [];

    /// <summary>Alerts raised here that may not have reached the prefecture's list yet.</summary>
    [Id(3)]
    public List<SatelliteAlert> PendingAlerts { get; set; } = [];

    /// <summary>The prefecture's index may be behind the satellite (stored with the change).</summary>
    [Id(4)]
    public bool ReportPending { get; set; }

    /// <summary>Whole replies, as earlier versions kept them: read only to be dropped on activation.</summary>
    [Id(5)]
    public ReplyCache<SatelliteResult> FormerReplies { get; set; } = new();

    /// <summary>A transition begun and not finished: a retry continues it with the same details.</summary>
    [Id(6)]
    public SatelliteTransition? PendingTransition { get; set; }

    /// <inheritdoc />
    [Id(7)]
    public string TenantCode { get; set; } = "";

    /// <summary>Commands applied by caller and client mutation id (the satellite's id, never a reply).</summary>
    [Id(8)]
    public AppliedCommands Applied { get; set; } = new();
}
