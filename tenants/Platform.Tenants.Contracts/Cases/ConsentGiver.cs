namespace Platform.Tenants.Cases;

/// <summary>Who gave a consent.</summary>
public enum ConsentGiver
{
    /// <summary>The person.</summary>
    Person = 0,

    /// <summary>A family member on the person's behalf.</summary>
    FamilyOnBehalf = 1,
}
