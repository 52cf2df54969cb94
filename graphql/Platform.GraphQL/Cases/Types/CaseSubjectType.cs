using GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>CaseSubject</c>: the person a case is about; anything may be unknown.</summary>
public sealed class CaseSubjectType : ObjectGraphType<CaseSubject>
{
    /// <summary>Defines the fields.</summary>
    public CaseSubjectType()
    {
        Name = "CaseSubject";
        Field(x => x.Name, nullable: true);
        Field(x => x.Kana, nullable: true).Description("The name in kana; search finds cases by it.");
        Field(x => x.BirthYear, nullable: true);
        Field<AgeBandEnumType>("ageBand").Resolve(ctx => ctx.Source.AgeBand);
        Field<GenderEnumType>("gender").Resolve(ctx => ctx.Source.Gender);
        Field(x => x.Address, nullable: true);
        Field(x => x.Phone, nullable: true);
        Field(x => x.Email, nullable: true);
    }
}
