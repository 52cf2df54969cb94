namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>CaseChange</c>: one entry of a case's history, with the values it replaced.</summary>
public sealed class CaseChangeType : ObjectGraphType<CaseChange>
{
    public CaseChangeType()
    {
        Name = "CaseChange";
        Field<NonNullGraphType<DateTimeScalarType>>("at").Description("When the change was made.").Resolve(ctx => ctx.Source.At);
        Field(x => x.By).Description("The worker who made the change (a subject id).");
        Field(x => x.Action).Description("What was done: reassign, update-subject, update-household, update-concerns, update-notes, correct-contact or correct-referral.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fields")
            .Description("The fields that changed.")
            .Resolve(ctx => ctx.Source.Fields.IsDefault ? Array.Empty<string>() : ctx.Source.Fields.ToArray());
        Field(x => x.Reason, nullable: true).Description("Why, when a reason was given.");
        Field(x => x.PreviousAssignee, nullable: true).Description("The worker in charge before a reassignment.");
        Field<CaseSubjectType>("previousSubject").Description("The person's details before an edit of them.").Resolve(ctx => ctx.Source.PreviousSubject);
        Field<HouseholdType>("previousHousehold").Description("The household before an edit of it.").Resolve(ctx => ctx.Source.PreviousHousehold);
        Field<ListGraphType<NonNullGraphType<ConcernEnumType>>>("previousConcerns")
            .Description("The concerns before an edit of them; null for other changes.")
            .Resolve(ctx => ctx.Source.PreviousConcerns.IsDefault ? null : ctx.Source.PreviousConcerns.ToArray());
        Field(x => x.PreviousNotes, nullable: true).Description("The case notes before an edit of them.");
        Field<ContactType>("previousContact")
            .Description("The contact as it read before a correction (its id names the entry corrected); null for other changes.")
            .Resolve(ctx => ctx.Source.PreviousContact);
        Field<ReferralType>("previousReferral")
            .Description("The referral as it read before a correction (its id names the entry corrected); null for other changes.")
            .Resolve(ctx => ctx.Source.PreviousReferral);
    }
}
