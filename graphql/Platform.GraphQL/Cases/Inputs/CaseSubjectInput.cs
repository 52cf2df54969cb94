using Platform.GraphQL.Mutations;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The person a case is about; every field may be left out.</summary>
public sealed class CaseSubjectInput
{
    /// <summary>The name.</summary>
    public string? Name { get; set; }

    /// <summary>The name in kana (search finds the case by it).</summary>
    public string? Kana { get; set; }

    /// <summary>The year of birth.</summary>
    public int? BirthYear { get; set; }

    /// <summary>The age band, when the year is not known.</summary>
    public AgeBand? AgeBand { get; set; }

    /// <summary>Gender.</summary>
    public Gender? Gender { get; set; }

    /// <summary>Address.</summary>
    public string? Address { get; set; }

    /// <summary>Phone.</summary>
    public string? Phone { get; set; }

    /// <summary>Email.</summary>
    public string? Email { get; set; }

    /// <summary>The contract record, blank texts as unknown.</summary>
    public CaseSubject ToSubject() => new(
        Text.OrNull(Name), Text.OrNull(Kana), BirthYear, AgeBand, Gender, Text.OrNull(Address), Text.OrNull(Phone), Text.OrNull(Email));
}
