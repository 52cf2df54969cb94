using Platform.Tenants.Consultations;

namespace Platform.GraphQL.Consultations.Types;

/// <summary>
/// GraphQL type <c>ConsultationCaseSummary</c>: the pseudonymised view of a case for the
/// prefecture's multidisciplinary team. No name, address, phone, birth year or notes.
/// </summary>
public sealed class ConsultationCaseSummaryType : ObjectGraphType<PseudonymisedCaseSummary>
{
    public ConsultationCaseSummaryType()
    {
        Name = "ConsultationCaseSummary";
        Field(x => x.Pseudonym).Description("Stable for the consultation; says nothing about the case number.");
        Field<NonNullGraphType<EnumerationGraphType<AgeBand>>>("ageBand").Description("The person's age band.").Resolve(ctx => ctx.Source.AgeBand);
        Field<NonNullGraphType<GenderEnumType>>("gender").Description("The person's gender.").Resolve(ctx => ctx.Source.Gender);
        Field(x => x.Is8050).Description("A household of an aged parent and a middle-aged child (8050).");
        Field<WithdrawalDurationEnumType>("withdrawalDuration").Description("How long the person has been withdrawn (ひきこもり期間); null when not known.").Resolve(ctx => ctx.Source.WithdrawalDuration);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConcernEnumType>>>>("concerns").Description("The case's concerns.").Resolve(ctx => ctx.Source.Concerns.IsDefault ? [] : ctx.Source.Concerns);
        Field<NonNullGraphType<CaseStatusEnumType>>("status").Description("The case's status.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactMarkType>>>>("contacts")
            .Description("The contact history by date, channel and party, oldest first.")
            .Resolve(ctx => ctx.Source.Contacts.IsDefault ? [] : ctx.Source.Contacts);
    }
}
