namespace Platform.Tenants.Cases;

/// <summary>How a contact took place.</summary>
public enum ContactChannel
{
    /// <summary>Phone.</summary>
    Phone = 0,

    /// <summary>A visit to the desk.</summary>
    DeskVisit = 1,

    /// <summary>A home visit (outreach, アウトリーチ).</summary>
    HomeVisit = 2,

    /// <summary>Accompanying the person to another agency (同行支援).</summary>
    AccompaniedVisit = 3,

    /// <summary>Email.</summary>
    Email = 4,

    /// <summary>Online.</summary>
    Online = 5,

    /// <summary>Letter.</summary>
    Letter = 6,
}
