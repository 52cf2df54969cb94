namespace Platform.Tenants.Cases;

/// <summary>
/// One entry of a case's history: who changed what, when, why, and the values it had before.
/// The previous values are personal data: the history goes with the file (a transfer stub and a
/// purge keep none) and is read only through the case's audited read.
/// </summary>
/// <param name="At">When the change was made.</param>
/// <param name="By">The subject of the worker who made it.</param>
/// <param name="Action">What was done ("reassign", "update-subject", "update-household", "update-concerns", "update-notes", "correct-contact", "correct-referral").</param>
/// <param name="Fields">The fields that changed.</param>
/// <param name="Reason">Why, when the worker gave a reason.</param>
/// <param name="PreviousAssignee">The worker in charge before a reassignment.</param>
/// <param name="PreviousSubject">The person before an edit of the subject.</param>
/// <param name="PreviousHousehold">The household before an edit of it.</param>
/// <param name="PreviousConcerns">The concerns before an edit of them (default when not edited).</param>
/// <param name="PreviousNotes">The notes before an edit of them.</param>
/// <param name="PreviousContact">The contact as it was before a correction (its id names the entry corrected).</param>
/// <param name="PreviousReferral">The referral as it was before a correction (its id names the entry corrected).</param>
[GenerateSerializer, Immutable, Alias("platform.case-change.v1")]
public sealed record CaseChange(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string By,
    [property: Id(2)] string Action,
    [property: Id(3)] ImmutableArray<string> Fields,
    [property: Id(4)] string? Reason,
    [property: Id(5)] string? PreviousAssignee,
    [property: Id(6)] CaseSubject? PreviousSubject = null,
    [property: Id(7)] Household? PreviousHousehold = null,
    [property: Id(8)] ImmutableArray<Concern> PreviousConcerns = default,
    [property: Id(9)] string? PreviousNotes = null,
    [property: Id(10)] Contact? PreviousContact = null,
    [property: Id(11)] Referral? PreviousReferral = null);
