namespace Platform.Tenants.Cases;

/// <summary>
/// The archive of a tenant's case book for one fiscal year of closure, keyed
/// "{tenant LG code}/{fiscal year}": the entries of the cases closed (or transferred) in that year
/// once the year is closed. A change to an open case never writes here; the book moves entries
/// in when a year closes, out when a case is reopened or purged, and lists them with the others.
/// </summary>
[Alias("platform.case-archive"), OwnedBy(OwnerKind.TenantPrefixed)]
public interface ICaseArchiveGrain : IGrainWithStringKey
{
    /// <summary>Sets the entries (by case id); returns once they are stored.</summary>
    [Alias("put"), Access(AccessLevel.System)]
    Task Put(ImmutableArray<CaseSummary> entries);

    /// <summary>Removes the entries of these case ids; returns once that is stored.</summary>
    [Alias("take"), Access(AccessLevel.System)]
    Task Take(ImmutableArray<string> caseIds);

    /// <summary>Every entry of the archive.</summary>
    [Alias("all"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.System)]
    Task<ImmutableArray<CaseSummary>> All();
}
