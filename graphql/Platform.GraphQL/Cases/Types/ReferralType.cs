namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>Referral</c>: a referral to another agency (関係機関へのつなぎ) and its outcome.</summary>
public sealed class ReferralType : ObjectGraphType<Referral>
{
    public ReferralType()
    {
        Name = "Referral";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The referral's id within the case.").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<ReferralDestinationEnumType>>("destination").Description("The kind of agency referred to.").Resolve(ctx => ctx.Source.Destination);
        Field(x => x.AgencyName, nullable: true).Description("The agency's name, when given.");
        Field<NonNullGraphType<DateScalarType>>("referredOn").Description("The day of the referral.").Resolve(ctx => ctx.Source.ReferredOn);
        Field<NonNullGraphType<EnumerationGraphType<ReferralOutcome>>>("outcome").Description("What became of it.").Resolve(ctx => ctx.Source.Outcome);
        Field(x => x.Notes, nullable: true).Description("Free-text notes.");
    }
}
