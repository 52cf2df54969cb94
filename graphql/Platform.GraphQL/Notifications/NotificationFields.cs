using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Tenants.Access;
using Platform.Tenants.Notifications;

namespace Platform.GraphQL.Notifications;

/// <summary>
/// The caller's notices: <c>notifications</c>, <c>markNotificationsRead</c> and the subscription
/// <c>notificationReceived</c>. Always the caller's own tenant's feed, from the verified token.
/// </summary>
internal static class NotificationFields
{
    /// <summary>The roles that receive notices.</summary>
    public static readonly string[] Readers = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer];

    /// <summary>The most ids one <c>markNotificationsRead</c> takes.</summary>
    public const int MaxIds = 500;

    /// <summary>Adds <c>notifications</c> to the query.</summary>
    public static void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<NotificationConnectionType>, Connection<NoticeView>>("notifications")
            .AuthorizeWithRoles(Readers)
            .Description("The caller's notices (its own and its roles'), newest first; unread: true for the unread only.")
            .Argument<BooleanGraphType>("unread", "True for the unread notices only, false for the read ones only; all when omitted.")
            .ForwardPaging()
            .ResolveAsync(async ctx =>
            {
                var first = ctx.GetArgument<int?>("first");
                Paging.PageSize(first);
                var book = await BookAsync(ctx, nameof(INotificationBookGrain.List));
                var views = await GrainCalls.CallAsync(() => book.List(ctx.GetArgument<bool?>("unread"), NotificationBookCapacity));
                return Paging.Page(views, v => v.Notice.Id, first, ctx.GetArgument<string?>("after"));
            });

    /// <summary>Adds <c>markNotificationsRead</c>.</summary>
    public static void AddMutations(ObjectGraphType mutation) =>
        mutation.Mutation<MarkNotificationsReadInputType, MarkNotificationsReadInput, MarkedRead>("markNotificationsRead",
            new PayloadType<IntGraphType, MarkedRead>("MarkNotificationsReadPayload", "marked", "How many notices became read; null when errors is not empty.", m => m.Marked,
                "What markNotificationsRead answers: how many became read, or the user errors."),
            Readers,
            "Marks the caller's notices read: those with the given ids, or all of them. Repeating it changes nothing.",
            async (ctx, input) =>
            {
                if (input.Ids is { Count: > MaxIds })
                {
                    return new UserError("TOO_MANY_IDS", $"ids takes at most {MaxIds}.", ["input", "ids"]);
                }

                var book = await BookAsync(ctx, nameof(INotificationBookGrain.MarkRead));
                return new(new MarkedRead(await book.MarkRead([.. input.Ids ?? []])), []);
            });

    /// <summary>Adds <c>notificationReceived</c> to the subscription root.</summary>
    public static void AddSubscriptions(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<NotificationGraphType>, NoticeView>("notificationReceived")
            .AuthorizeWithRoles(Readers)
            .Description("Each new notice for the caller, as it is raised on any silo. Over POST /graphql/stream (GraphQL over Server-Sent Events).")
            .ResolveStreamAsync(async ctx =>
            {
                var book = await BookAsync(ctx, nameof(INotificationBookGrain.Subscribe));
                var services = ctx.RequestServices!;
                var envelope = CallerContext.CurrentEnvelope ?? throw new ApiException(ErrorCodes.Unauthenticated, "This operation needs a valid bearer token.");
                var stream = new NotificationStream(services.GetRequiredService<IGrainFactory>(), book, envelope,
                    services.GetRequiredService<ILoggerFactory>().CreateLogger<NotificationStream>());
                await GrainCalls.CallAsync(async () => { await stream.StartAsync(); return 0; });
                return stream;
            });

    private const int NotificationBookCapacity = 2000;

    // The book of the verified caller's tenant, once the caller passes the rule of the method
    // it is opened for (GrainGate): notices belong to municipalities and prefectures, so a caller
    // of another tenant (the nation) is refused before any grain is named.
    private static Task<INotificationBookGrain> BookAsync(IResolveFieldContext ctx, string method) =>
        GrainGate.OpenAsync<INotificationBookGrain>(ctx, ctx.RequireCaller().TenantCode, method, "NotificationBook");
}
