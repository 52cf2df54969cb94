using GraphQL.Types;
using Platform.GraphQL.Cases.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>CaseSubjectInput</c>.</summary>
public sealed class CaseSubjectInputType : InputObjectGraphType<CaseSubjectInput>
{
    /// <summary>Defines the fields.</summary>
    public CaseSubjectInputType()
    {
        Name = "CaseSubjectInput";
        Description = "The person a case is about; every field may be left out at first.";
        Field(x => x.Name, nullable: true).Description("The person's name.");
        Field(x => x.Kana, nullable: true).Description("Hiragana or katakana; spaces between family and given name are fine.");
        Field(x => x.BirthYear, nullable: true).Description("The year of birth, when known.");
        Field<AgeBandEnumType>("ageBand").Description("The age band, when the birth year is not known.");
        Field<GenderEnumType>("gender").Description("The gender.");
        Field(x => x.Address, nullable: true).Description("The address.");
        Field(x => x.Phone, nullable: true).Description("A phone number.");
        Field(x => x.Email, nullable: true).Description("An email address.");
    }
}
