namespace Platform.Tenants.Cases;

/// <summary>Why a case was closed; goals are diverse, not only work.</summary>
public enum ClosureReason
{
    /// <summary>The goals agreed were reached.</summary>
    GoalReached = 0,

    /// <summary>A place to be was found.</summary>
    PlaceOfBelongingFound = 1,

    /// <summary>Family relations steadied.</summary>
    FamilyStabilised = 2,

    /// <summary>Went back to study.</summary>
    Study = 3,

    /// <summary>Started work.</summary>
    Work = 4,

    /// <summary>Moved away.</summary>
    MovedAway = 5,

    /// <summary>Contact was lost.</summary>
    ContactLost = 6,

    /// <summary>Transferred.</summary>
    Transferred = 7,

    /// <summary>Deceased.</summary>
    Deceased = 8,

    /// <summary>Other.</summary>
    Other = 9,
}
