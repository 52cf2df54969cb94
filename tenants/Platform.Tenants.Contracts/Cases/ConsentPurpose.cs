namespace Platform.Tenants.Cases;

/// <summary>What a consent allows.</summary>
public enum ConsentPurpose
{
    /// <summary>Consulting the prefecture's center about the case (pseudonymised).</summary>
    PrefecturalConsultation = 0,

    /// <summary>Transferring the whole file to another tenant.</summary>
    Transfer = 1,

    /// <summary>Sharing information with a named agency.</summary>
    InformationSharing = 2,
}
