using Platform.Tenants.Audit;

namespace Platform.GraphQL.Audit;

/// <summary>GraphQL type <c>AuditEntry</c>: one access to personal data, by ids only.</summary>
public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One read, change or refused attempt on the tenant's personal data. Names people and objects by id only.";
        Field<NonNullGraphType<LongScalarType>>("sequence").Description("Position in the tenant's hash chain: 1, 2, 3, ... without gaps.").Resolve(ctx => ctx.Source.Sequence);
        Field<NonNullGraphType<DateTimeScalarType>>("at").Description("When it happened.").Resolve(ctx => ctx.Source.Record.At);
        Field<NonNullGraphType<DateTimeScalarType>>("recordedAt").Description("When the log stored it.").Resolve(ctx => ctx.Source.RecordedAt);
        Field<NonNullGraphType<StringGraphType>>("subject").Description("The caller's subject id.").Resolve(ctx => ctx.Source.Record.Subject);
        Field<NonNullGraphType<StringGraphType>>("actorTenantCode").Description("The caller's own tenant.").Resolve(ctx => ctx.Source.Record.ActorTenantCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Description("The caller's roles at the time.")
            .Resolve(ctx => ctx.Source.Record.Roles.Split(',', StringSplitOptions.RemoveEmptyEntries));
        Field<NonNullGraphType<StringGraphType>>("action").Description("What was done: case.open, case.read, case.contact, access.denied, audit.read, ...").Resolve(ctx => ctx.Source.Record.Action);
        Field<NonNullGraphType<StringGraphType>>("objectType").Description("The kind of object touched: Case, AuditLog, ...").Resolve(ctx => ctx.Source.Record.ObjectType);
        Field<NonNullGraphType<StringGraphType>>("objectId").Description("The object's id (a case number, ...).").Resolve(ctx => ctx.Source.Record.ObjectId);
        Field<StringGraphType>("purpose").Description("The stated purpose of a cross-tenant access.").Resolve(ctx => ctx.Source.Record.Purpose);
        Field<NonNullGraphType<AuditOutcomeEnumType>>("outcome").Description("Allowed, denied or failed.").Resolve(ctx => ctx.Source.Record.Outcome);
        Field<NonNullGraphType<StringGraphType>>("hash").Description("SHA-256 (hex) over previousHash and the entry.").Resolve(ctx => ctx.Source.Hash);
        Field<NonNullGraphType<StringGraphType>>("previousHash").Description("The hash of the entry before; zeros for the first.").Resolve(ctx => ctx.Source.PreviousHash);
    }
}
