namespace Platform.Tenants.Cases;

/// <summary>Gender as recorded.</summary>
public enum Gender
{
    /// <summary>Female.</summary>
    Female = 0,

    /// <summary>Male.</summary>
    Male = 1,

    /// <summary>Other.</summary>
    Other = 2,

    /// <summary>Not known or not given.</summary>
    Unknown = 3,
}
