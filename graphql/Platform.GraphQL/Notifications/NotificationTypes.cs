using Platform.Tenants.Notifications;

namespace Platform.GraphQL.Notifications;

/// <summary>GraphQL type <c>Notification</c>: a kind and ids, never personal data.</summary>
public sealed class NotificationGraphType : ObjectGraphType<NoticeView>
{
    public NotificationGraphType()
    {
        Name = "Notification";
        Description = "A notice for the caller or one of its roles. It names the object by id; the object itself answers under its own access rules.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The notice's global id.").Resolve(ctx => ctx.Source.Notice.Id);
        Field<NonNullGraphType<NotificationKindEnumType>>("kind").Description("What the notice is about.").Resolve(ctx => ctx.Source.Notice.Kind);
        Field<NonNullGraphType<StringGraphType>>("objectType").Description("Case, WorkItem, Consultation, Satellite or PreparationGrant.").Resolve(ctx => ctx.Source.Notice.ObjectType);
        Field<NonNullGraphType<IdGraphType>>("objectId").Description("The object's global id.").Resolve(ctx => NodeId.Encode(ctx.Source.Notice.ObjectType, ctx.Source.Notice.ObjectId));
        Field<NonNullGraphType<DateTimeScalarType>>("raisedAt").Description("When it was raised.").Resolve(ctx => ctx.Source.Notice.RaisedAt);
        Field<NonNullGraphType<BooleanGraphType>>("read").Description("Whether the caller has marked it read.").Resolve(ctx => ctx.Source.Read);
    }
}

/// <summary>GraphQL enum <c>NotificationKind</c>.</summary>
public sealed class NotificationKindEnumType : EnumerationGraphType<NoticeKind>
{
    public NotificationKindEnumType()
    {
        Name = "NotificationKind";
        Description = "What a notice is about.";
    }
}

/// <summary>GraphQL type <c>NotificationConnection</c>.</summary>
public sealed class NotificationConnectionType() : ConnectionType<NotificationGraphType, NotificationEdgeType, NoticeView>("NotificationConnection");

/// <summary>GraphQL type <c>NotificationEdge</c>.</summary>
public sealed class NotificationEdgeType() : EdgeType<NotificationGraphType, NoticeView>("NotificationEdge");

/// <summary>The input of <c>markNotificationsRead</c>.</summary>
public sealed class MarkNotificationsReadInput : MutationInput
{
    /// <summary>The notices to mark read; every notice of the caller when null.</summary>
    public List<string>? Ids { get; set; }
}

/// <summary>GraphQL input <c>MarkNotificationsReadInput</c>.</summary>
public sealed class MarkNotificationsReadInputType : InputObjectGraphType<MarkNotificationsReadInput>
{
    public MarkNotificationsReadInputType()
    {
        Name = "MarkNotificationsReadInput";
        Description = "The input of markNotificationsRead.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("ids").Description("At most 500; all of the caller's notices when omitted.");
    }
}

/// <summary>What <c>markNotificationsRead</c> did.</summary>
/// <param name="Marked">How many notices became read.</param>
public sealed record MarkedRead(int Marked);
