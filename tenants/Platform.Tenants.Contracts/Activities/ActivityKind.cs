namespace Platform.Tenants.Activities;

/// <summary>What kind of recorded activity an <see cref="Activity"/> is; each is evidence of a support function.</summary>
public enum ActivityKind
{
    /// <summary>居場所の開催: a session of a registered place of belonging (function ②).</summary>
    PlaceOfBelongingSession = 0,

    /// <summary>当事者会: a peer group meeting (function ④).</summary>
    PeerGroupMeeting = 1,

    /// <summary>家族会・家族セミナー: a family group meeting or family seminar (function ④).</summary>
    FamilyGroupMeeting = 2,

    /// <summary>普及啓発: a public awareness event or lecture for residents (function ⑤).</summary>
    AwarenessEvent = 3,

    /// <summary>ネットワーク会議: a meeting of the local network or the municipal platform (function ③).</summary>
    NetworkMeeting = 4,

    /// <summary>職員養成研修: training for staff of related agencies (prefecture-level bodies).</summary>
    StaffTraining = 5,

    /// <summary>実態把握: a fact-finding survey (optional function).</summary>
    FactFindingSurvey = 6,
}
