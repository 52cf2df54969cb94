using GraphQL.Types;
using Platform.GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>Referral</c>: a referral to another agency (関係機関へのつなぎ) and its outcome.</summary>
public sealed class ReferralType : ObjectGraphType<Referral>
{
    /// <summary>Defines the fields.</summary>
    public ReferralType()
    {
        Name = "Referral";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<ReferralDestinationEnumType>>("destination").Resolve(ctx => ctx.Source.Destination);
        Field(x => x.AgencyName, nullable: true);
        Field<NonNullGraphType<DateScalarType>>("referredOn").Resolve(ctx => ctx.Source.ReferredOn);
        Field<NonNullGraphType<ReferralOutcomeEnumType>>("outcome").Resolve(ctx => ctx.Source.Outcome);
        Field(x => x.Notes, nullable: true);
    }
}
