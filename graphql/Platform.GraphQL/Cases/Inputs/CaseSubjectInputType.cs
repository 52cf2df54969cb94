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
        Field(x => x.Name, nullable: true);
        Field(x => x.Kana, nullable: true).Description("Hiragana or katakana; spaces between family and given name are fine.");
        Field(x => x.BirthYear, nullable: true);
        Field<AgeBandEnumType>("ageBand");
        Field<GenderEnumType>("gender");
        Field(x => x.Address, nullable: true);
        Field(x => x.Phone, nullable: true);
        Field(x => x.Email, nullable: true);
    }
}
