using Platform.Tenants.Activities;

namespace Platform.Tenants.Municipalities;

/// <summary>The stored state of one municipality.</summary>
[GenerateSerializer, Alias("platform.municipality-state.v1")]
public sealed class MunicipalityState : IRemembersCommands
{
    /// <summary>Programs by fiscal year.</summary>
    [Id(0)]
    public SortedDictionary<int, ProgramRecord> Programs { get; set; } = [];

    /// <summary>Request status by fiscal year.</summary>
    [Id(1)]
    public SortedDictionary<int, MunicipalRequestStatus> RequestStatus { get; set; } = [];

    /// <summary>
    /// Fiscal years whose figures may not have reached the prefecture yet. Written together with
    /// the change, so a silo that dies between the write and the roll-up re-reports on activation.
    /// </summary>
    [Id(2)]
    public SortedSet<int> PendingRollup { get; set; } = [];

    /// <summary>Whole replies to designations, as earlier versions kept them: read only to be dropped on activation.</summary>
    [Id(3)]
    public ReplyCache<DesignationResult> FormerDesignationReplies { get; set; } = new();

    /// <summary>Whole replies to request status reports, as earlier versions kept them.</summary>
    [Id(4)]
    public ReplyCache<RequestStatusResult> FormerRequestReplies { get; set; } = new();

    /// <summary>What the activity book shows for the requests, by fiscal year (ids from 20).</summary>
    [Id(20)]
    public SortedDictionary<int, RequestEvidence> RequestEvidence { get; set; } = [];

    /// <summary>Designations, start-up support and request reports applied, by caller and client mutation id, with the fiscal year each changed.</summary>
    [Id(30)]
    public AppliedCommands Applied { get; set; } = new();
}
