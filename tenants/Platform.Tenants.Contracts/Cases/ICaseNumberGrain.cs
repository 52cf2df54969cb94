namespace Platform.Tenants.Cases;

/// <summary>
/// The case number sequence of one tenant in one fiscal year, keyed "{tenant LG code}/{year}".
/// Kept apart from the case book so handing out a number writes a few bytes, not the index.
/// </summary>
[Alias("platform.case-number"), OwnedBy(OwnerKind.TenantPrefixed)]
public interface ICaseNumberGrain : IGrainWithStringKey
{
    /// <summary>The next case number ("2025-000123"); stored before it is handed out.</summary>
    [Alias("next"), Access(AccessLevel.System)]
    Task<string> Next();
}
