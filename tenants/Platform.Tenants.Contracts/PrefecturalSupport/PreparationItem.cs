namespace Platform.Tenants.PrefecturalSupport;

/// <summary>What a preparation support grant (準備支援) pays for.</summary>
public enum PreparationItem
{
    /// <summary>A fact-finding survey (実態把握).</summary>
    FactFinding = 0,

    /// <summary>Repairing premises for a place of belonging.</summary>
    PremisesRepair = 1,

    /// <summary>Equipment.</summary>
    Equipment = 2,
}
