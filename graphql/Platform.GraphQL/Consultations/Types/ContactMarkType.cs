using Platform.Tenants.Consultations;

namespace Platform.GraphQL.Consultations.Types;

/// <summary>GraphQL type <c>ContactMark</c>: a contact's date, channel and party, without notes.</summary>
public sealed class ContactMarkType : ObjectGraphType<ContactMark>
{
    public ContactMarkType()
    {
        Name = "ContactMark";
        Field<NonNullGraphType<DateScalarType>>("on").Description("The day of the contact.").Resolve(ctx => ctx.Source.On);
        Field<NonNullGraphType<EnumerationGraphType<ContactChannel>>>("channel").Description("How the contact took place.").Resolve(ctx => ctx.Source.Channel);
        Field<NonNullGraphType<ContactPartyEnumType>>("with").Description("With whom.").Resolve(ctx => ctx.Source.With);
    }
}
