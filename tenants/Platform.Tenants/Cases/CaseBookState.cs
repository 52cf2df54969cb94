namespace Platform.Tenants.Cases;

/// <summary>The stored state of a tenant's case book; encrypted at rest like the cases.</summary>
[GenerateSerializer, Alias("platform.case-book-state.v1")]
public sealed class CaseBookState : ITenantOwnedState
{
    /// <inheritdoc />
    [Id(0)]
    public string TenantCode { get; set; } = "";

    // Ids 1 to 3 held the number sequence, the entries and their pending months before those
    // moved to CaseNumberGrain and the shards; they are retired, never to be reused.

    /// <summary>How many years closed cases are kept before their personal data is purged (0: not set).</summary>
    [Id(4)]
    public int RetentionYears { get; set; }

    /// <summary>The retention settings applied, by caller and client mutation id.</summary>
    [Id(5)]
    public Common.AppliedCommands Applied { get; set; } = new();
}
