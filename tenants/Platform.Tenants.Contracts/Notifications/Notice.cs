namespace Platform.Tenants.Notifications;

/// <summary>What a notice is about.</summary>
public enum NoticeKind
{
    /// <summary>A task of the recipient is due today.</summary>
    TaskDue = 0,

    /// <summary>A task of the recipient is past due.</summary>
    TaskOverdue = 1,

    /// <summary>An appointment of the recipient is today.</summary>
    AppointmentToday = 2,

    /// <summary>A case was assigned to the recipient.</summary>
    CaseReassigned = 3,

    /// <summary>A case was transferred to the recipient's tenant.</summary>
    TransferReceived = 4,

    /// <summary>A municipality asked the recipient's prefecture for advice on a case.</summary>
    ConsultationReceived = 5,

    /// <summary>The prefecture answered a consultation the recipient's municipality asked.</summary>
    ConsultationAnswered = 6,

    /// <summary>A satellite's transition date is near or past (prefecture and host municipality).</summary>
    SatelliteAlert = 7,

    /// <summary>The condition of a preparation grant was decided (met or not met).</summary>
    GrantConditionDecided = 8,
}

/// <summary>
/// One notice in a tenant's feed, for one person or for everyone of one role. It carries ids and
/// a kind, never personal data: the reader follows the id to the object, under that object's
/// own access rules.
/// </summary>
/// <param name="Id">The notice's id.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="Audience">Who it is for: <see cref="NoticeAudience.Person"/> or <see cref="NoticeAudience.Role"/>.</param>
/// <param name="ObjectType">The type of the object it is about ("Case", "WorkItem", "Consultation", "Satellite", "PreparationGrant").</param>
/// <param name="ObjectId">The object's id within the tenant (a grain key or an item id; no personal data).</param>
/// <param name="RaisedAt">When it was raised.</param>
/// <param name="Key">What makes it unique: the same key raised twice is one notice.</param>
[GenerateSerializer, Immutable, Alias("platform.notice.v1")]
public sealed record Notice(
    [property: Id(0)] string Id,
    [property: Id(1)] NoticeKind Kind,
    [property: Id(2)] string Audience,
    [property: Id(3)] string ObjectType,
    [property: Id(4)] string ObjectId,
    [property: Id(5)] DateTimeOffset RaisedAt,
    [property: Id(6)] string Key)
{
    /// <summary>True when the notice is for <paramref name="caller"/>: its subject, or one of its roles.</summary>
    public bool IsFor(Common.Caller caller) =>
        Audience == NoticeAudience.Person(caller.Subject) || caller.Roles.Any(r => Audience == NoticeAudience.Role(r));
}

/// <summary>A notice to raise; the book gives it its id and time.</summary>
[GenerateSerializer, Immutable, Alias("platform.notice-draft.v1")]
public sealed record NoticeDraft(
    [property: Id(0)] NoticeKind Kind,
    [property: Id(1)] string Audience,
    [property: Id(2)] string ObjectType,
    [property: Id(3)] string ObjectId,
    [property: Id(4)] string Key);

/// <summary>The audiences of notices.</summary>
public static class NoticeAudience
{
    /// <summary>One person, by subject.</summary>
    public static string Person(string subject) => $"person:{subject}";

    /// <summary>Everyone of the tenant who holds <paramref name="role"/>.</summary>
    public static string Role(string role) => $"role:{role}";
}

/// <summary>A notice as one reader sees it: with whether that reader has read it.</summary>
[GenerateSerializer, Immutable, Alias("platform.notice-view.v1")]
public sealed record NoticeView(
    [property: Id(0)] Notice Notice,
    [property: Id(1)] bool Read);
