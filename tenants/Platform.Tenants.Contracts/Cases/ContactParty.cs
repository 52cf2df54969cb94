namespace Platform.Tenants.Cases;

/// <summary>Who the worker spoke with.</summary>
public enum ContactParty
{
    /// <summary>The person.</summary>
    Person = 0,

    /// <summary>The family.</summary>
    Family = 1,

    /// <summary>Both.</summary>
    Both = 2,

    /// <summary>Another agency.</summary>
    Agency = 3,
}
