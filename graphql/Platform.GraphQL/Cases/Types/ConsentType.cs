namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>Consent</c>: a recorded consent; a withdrawal takes effect at once.</summary>
public sealed class ConsentType : ObjectGraphType<Consent>
{
    public ConsentType()
    {
        Name = "Consent";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The consent's id within the case.").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<ConsentPurposeEnumType>>("purpose").Description("What it allows.").Resolve(ctx => ctx.Source.Purpose);
        Field(x => x.AgencyName, nullable: true).Description("The agency information may be shared with.");
        Field<NonNullGraphType<ConsentGiverEnumType>>("givenBy").Description("The person, or family on their behalf.").Resolve(ctx => ctx.Source.GivenBy);
        Field<NonNullGraphType<DateScalarType>>("givenOn").Description("The day it was given.").Resolve(ctx => ctx.Source.GivenOn);
        Field<DateScalarType>("withdrawnOn").Description("The day it was withdrawn (撤回); null while in force.").Resolve(ctx => ctx.Source.WithdrawnOn);
        Field(x => x.IsInForce).Description("True while the consent has not been withdrawn.");
    }
}
