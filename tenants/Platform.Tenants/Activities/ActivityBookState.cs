namespace Platform.Tenants.Activities;

/// <summary>
/// The stored state of a tenant's activity book. Mostly counts and public facilities, but the
/// reasons of withdrawn activities are free text that may name a person, so it is encrypted
/// with the tenant's data key.
/// </summary>
[GenerateSerializer, Alias("platform.activity-book-state.v1")]
public sealed class ActivityBookState : ITenantOwnedState, IRemembersCommands
{
    /// <summary>Activities by id.</summary>
    [Id(0)]
    public Dictionary<string, Activity> Activities { get; set; } = [];

    /// <summary>Places of belonging by id.</summary>
    [Id(1)]
    public Dictionary<string, PlaceOfBelonging> Places { get; set; } = [];

    /// <summary>The consultation desk, once set.</summary>
    [Id(2)]
    public ConsultationDesk? Desk { get; set; }

    /// <summary>
    /// Months (yyyyMM) whose tallies may not have reached the prefecture yet; written with the
    /// change, re-sent on activation.
    /// </summary>
    [Id(3)]
    public SortedSet<int> PendingMonths { get; set; } = [];

    /// <summary>Fiscal years whose request evidence may not have reached the municipality yet.</summary>
    [Id(4)]
    public SortedSet<int> PendingRequestYears { get; set; } = [];

    /// <summary>Whole replies to recorded activities, as earlier versions kept them: read only to be dropped on activation.</summary>
    [Id(5)]
    public ReplyCache<ActivityResult> FormerActivityReplies { get; set; } = new();

    /// <summary>Whole replies to registered places, as earlier versions kept them.</summary>
    [Id(6)]
    public ReplyCache<PlaceResult> FormerPlaceReplies { get; set; } = new();

    /// <summary>Whole replies to desk changes, as earlier versions kept them.</summary>
    [Id(7)]
    public ReplyCache<DeskResult> FormerDeskReplies { get; set; } = new();

    /// <summary>The latest fiscal year whose request status the desk was reported for.</summary>
    [Id(8)]
    public int DeskReportedThrough { get; set; }

    /// <summary>Activities withdrawn from the records, with why, oldest first.</summary>
    [Id(9)]
    public List<WithdrawnActivity> Withdrawn { get; set; } = [];

    /// <inheritdoc />
    [Id(10)]
    public string TenantCode { get; set; } = "";

    /// <summary>Planned activities by id (held and cancelled ones stay, with their outcome).</summary>
    [Id(11)]
    public Dictionary<string, PlannedActivity> Planned { get; set; } = [];

    /// <summary>
    /// Commands applied by caller and client mutation id, with the id of the activity or place
    /// each made (numbered apart from the other fields, which grow from the top).
    /// </summary>
    [Id(20)]
    public AppliedCommands Applied { get; set; } = new();
}
