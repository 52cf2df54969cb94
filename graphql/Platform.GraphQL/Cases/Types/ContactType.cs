namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>Contact</c>: one entry of the consultation log (相談記録).</summary>
public sealed class ContactType : ObjectGraphType<Contact>
{
    public ContactType()
    {
        Name = "Contact";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The contact's id within the case.").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<DateTimeScalarType>>("at").Description("When it took place.").Resolve(ctx => ctx.Source.At);
        Field<NonNullGraphType<EnumerationGraphType<ContactChannel>>>("channel").Description("How it took place.").Resolve(ctx => ctx.Source.Channel);
        Field<NonNullGraphType<ContactPartyEnumType>>("with").Description("With whom.").Resolve(ctx => ctx.Source.With);
        Field(x => x.Minutes, nullable: true).Description("How long it took, in minutes; null when not recorded.");
        Field(x => x.Worker).Description("The worker who recorded it (a subject id).");
        Field(x => x.Notes, nullable: true).Description("What was discussed or done.");
    }
}
