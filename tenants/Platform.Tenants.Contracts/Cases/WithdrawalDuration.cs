namespace Platform.Tenants.Cases;

/// <summary>How long the withdrawal has lasted.</summary>
public enum WithdrawalDuration
{
    /// <summary>Under six months.</summary>
    Under6Months = 0,

    /// <summary>Six months to a year.</summary>
    From6MonthsTo1Year = 1,

    /// <summary>One to three years.</summary>
    From1To3Years = 2,

    /// <summary>Three to five years.</summary>
    From3To5Years = 3,

    /// <summary>Five to ten years.</summary>
    From5To10Years = 4,

    /// <summary>Ten years or more.</summary>
    From10Years = 5,

    /// <summary>Not known.</summary>
    Unknown = 6,
}
