namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>CaseSubject</c>: the person a case is about; anything may be unknown.</summary>
public sealed class CaseSubjectType : ObjectGraphType<CaseSubject>
{
    public CaseSubjectType()
    {
        Name = "CaseSubject";
        Field(x => x.Name, nullable: true).Description("The person's name.");
        Field(x => x.Kana, nullable: true).Description("The name in kana; search finds cases by it.");
        Field(x => x.BirthYear, nullable: true).Description("The year of birth, when known.");
        Field<EnumerationGraphType<AgeBand>>("ageBand").Description("The age band, when the birth year is not known.").Resolve(ctx => ctx.Source.AgeBand);
        Field<GenderEnumType>("gender").Description("The gender, as recorded.").Resolve(ctx => ctx.Source.Gender);
        Field(x => x.Address, nullable: true).Description("The address.");
        Field(x => x.Phone, nullable: true).Description("A phone number.");
        Field(x => x.Email, nullable: true).Description("An email address.");
    }
}
