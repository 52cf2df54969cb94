namespace Platform.Tenants.Consultations;

/// <summary>Where a back-office consultation (後方支援の相談) stands.</summary>
public enum ConsultationStatus
{
    /// <summary>Asked, not yet answered.</summary>
    Open = 0,

    /// <summary>The prefecture's center has given advice; more may follow.</summary>
    Answered = 1,

    /// <summary>Closed: the prefecture no longer sees the case summary.</summary>
    Closed = 2,
}
