namespace Platform.Tenants.Cases;

/// <summary>What the person and household are struggling with.</summary>
public enum Concern
{
    /// <summary>Mental health.</summary>
    MentalHealth = 0,

    /// <summary>Physical health.</summary>
    PhysicalHealth = 1,

    /// <summary>Disability.</summary>
    Disability = 2,

    /// <summary>Poverty or livelihood.</summary>
    Poverty = 3,

    /// <summary>Family conflict.</summary>
    FamilyConflict = 4,

    /// <summary>Work or employment.</summary>
    Employment = 5,

    /// <summary>School or study.</summary>
    Education = 6,

    /// <summary>Care of elderly parents (8050).</summary>
    ElderCare = 7,

    /// <summary>Debt.</summary>
    Debt = 8,

    /// <summary>Violence in the home.</summary>
    Violence = 9,

    /// <summary>Other.</summary>
    Other = 10,
}
