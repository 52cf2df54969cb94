namespace Platform.Tenants.Programs;

/// <summary>Where a program record came from.</summary>
public enum ProgramSource
{
    /// <summary>Loaded from the published FY list the platform starts from.</summary>
    ReferenceData = 0,

    /// <summary>Designated through the API by an authorised officer.</summary>
    Designated = 1,
}
