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

/// <summary>GraphQL input <c>CaseSubjectInput</c>.</summary>
public sealed class CaseSubjectInputType : InputObjectGraphType<CaseSubjectInput>
{
    public CaseSubjectInputType()
    {
        Name = "CaseSubjectInput";
        Description = "The person a case is about; every field may be left out at first.";
        Field(x => x.Name, nullable: true).Description("The person's name.");
        Field(x => x.Kana, nullable: true).Description("Hiragana or katakana; spaces between family and given name are fine.");
        Field(x => x.BirthYear, nullable: true).Description("The year of birth, when known.");
        Field<EnumerationGraphType<AgeBand>>("ageBand").Description("The age band, when the birth year is not known.");
        Field<GenderEnumType>("gender").Description("The gender.");
        Field(x => x.Address, nullable: true).Description("The address.");
        Field(x => x.Phone, nullable: true).Description("A phone number.");
        Field(x => x.Email, nullable: true).Description("An email address.");
    }
}
