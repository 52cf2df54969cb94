using System.Collections.Immutable;
using Platform.GraphQL.Consultations;
using Platform.GraphQL.Satellites;
using Platform.GraphQL.Work;
using Platform.Tenants.Work;

namespace Platform.GraphQL.Cases.Types;

/// <summary>
/// GraphQL type <c>Case</c>: one case file of the caller's tenant. The index fields come from the
/// source directly; the others read the file (once per case, audited).
/// </summary>
public sealed class CaseGraphType : ObjectGraphType<CaseNode>
{
    public CaseGraphType()
    {
        Name = "Case";
        Description = "A case file (相談ケース). Special care-required personal information: every read is audited.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is CaseNode;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => CaseAccess.GlobalId(ctx.Source.TenantCode, ctx.Source.CaseId));
        Field(x => x.CaseNumber).Description("Per tenant and fiscal year: \"2025-000123\".");
        Field<NonNullGraphType<CaseStatusEnumType>>("status").Description("Where the case stands.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<DateScalarType>>("openedOn").Description("The day it was opened.").Resolve(ctx => ctx.Source.OpenedOn);
        Field<DateScalarType>("closedOn").Description("The day it was closed or transferred.").Resolve(ctx => ctx.Source.ClosedOn);
        Field<ClosureReasonEnumType>("closureReason").Description("Why it was closed; null while open.").Resolve(ctx => ctx.Source.ClosureReason);
        Field(x => x.TenantCode).Description("The LG code of the tenant that owns the case.");
        Field(x => x.AssignedTo, nullable: true).Description("The worker in charge (a subject id).");
        FromFile<NonNullGraphType<ReferralSourceEnumType>>("referralSource", f => f.ReferralSource, "Who first brought the case (相談経路).");
        FromFile<CaseSubjectType>("subject", f => f.Subject, "The person; null in a transfer stub or after purging.");
        FromFile<HouseholdType>("household", f => f.Household, "The person's household (世帯); null when not recorded.");
        FromFile<WithdrawalDurationEnumType>("withdrawalDuration", f => f.WithdrawalDuration, "How long the person has been withdrawn (ひきこもり期間); null when not known.");
        FromFile<NonNullGraphType<ListGraphType<NonNullGraphType<ConcernEnumType>>>>("concerns", f => f.Concerns, "The concerns recorded.");
        FromFile<StringGraphType>("notes", f => f.Notes, "Free-text case notes (ケース記録).");
        Field<NonNullGraphType<ContactConnectionType>, Connection<Contact>>("contacts")
            .Description("The consultation log, oldest first.")
            .ForwardPaging()
            .BackwardPaging()
            .ResolveAsync(async ctx =>
            {
                var file = await ctx.Source.FileAsync();
                IEnumerable<Contact> contacts = file is null || file.Contacts.IsDefault ? [] : file.Contacts;
                var sorted = contacts.OrderBy(ContactKey, StringComparer.Ordinal).ToList();
                return Paging.Page(sorted, ContactKey, ctx);
            });
        FromFile<NonNullGraphType<ListGraphType<NonNullGraphType<ReferralType>>>>("referrals", f => f.Referrals, "Referrals to other agencies (つなぎ先), oldest first.");
        FromFile<NonNullGraphType<ListGraphType<NonNullGraphType<ConsentType>>>>("consents", f => f.Consents, "Consents recorded (同意), oldest first, withdrawn ones included.");
        FromFile<StringGraphType>("transferredTo", f => f.TransferredTo, "The LG code of the tenant the case went to (on the sender's stub).");
        FromFile<StringGraphType>("transferredFrom", f => f.TransferredFrom, "\"{LG code}/{case number}\" of the case it came from (on the receiver's file).");
        Consultations.ConsultationFields.AddTo(this);
        FromFile<IdGraphType>("satelliteId", f => f.SatelliteId is { } id ? Satellites.SatelliteAccess.GlobalId(id) : null, "The prefecture's satellite that handles the case, if any.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseChangeType>>>, IEnumerable<CaseChange>>("history")
            .Description("The changes made to the case, oldest first, with the values they replaced (an audited read).")
            .ResolveAsync(async ctx =>
            {
                var grain = await CaseAccess.GrainOfKeyAsync(ctx, $"{ctx.Source.TenantCode}/{ctx.Source.CaseId}", nameof(ICaseGrain.GetHistory));
                return await Infrastructure.GrainCalls.CallAsync(grain.GetHistory);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Work.WorkItemGraphType>>>, IEnumerable<Tenants.Work.WorkItem>>("workItems")
            .Description("The case's follow-up tasks and appointments, open or not, earliest first (done, cancelled and held ones leave after a while; an audited read).")
            .ResolveAsync(async ctx =>
            {
                // Checked as the case itself is: only the case's own tenant reaches its work.
                var book = await WorkAccess.BookOfAsync(ctx, ctx.Source.TenantCode, nameof(IWorkBookGrain.OfCase));
                return await Infrastructure.GrainCalls.CallAsync(() => book.OfCase(ctx.Source.CaseId));
            });
        FromFile<NonNullGraphType<BooleanGraphType>>("purged", f => f.Purged, "True once the personal data was removed after the retention period.");
    }

    // Contacts sort by when they happened, then by id: a contact recorded late still finds its
    // place, and a cursor stays valid when one is added before it.
    private static string ContactKey(Contact contact) => $"{contact.At.UtcTicks:D19}/{contact.Id}";

    private void FromFile<TGraphType>(string name, Func<CaseFile, object?> select, string? description = null)
        where TGraphType : IGraphType =>
        Field<TGraphType>(name)
            .Description(description)
            .ResolveAsync(async ctx => (await ctx.Source.FileAsync()) is { } file ? Unwrap(select(file)) : null);

    // ImmutableArray is a struct: a default one is no list at all.
    private static object? Unwrap(object? value) => value switch
    {
        ImmutableArray<Concern> { IsDefault: true } => Array.Empty<Concern>(),
        ImmutableArray<Referral> { IsDefault: true } => Array.Empty<Referral>(),
        ImmutableArray<Consent> { IsDefault: true } => Array.Empty<Consent>(),
        _ => value,
    };
}
