using GraphQL;
using GraphQL.Types;
using Platform.GraphQL.Http;

namespace Platform.Tests.Http;

/// <summary>
/// A throwaway schema for the endpoint's tests: one plain field, fields that fail in each way the
/// endpoint must report, counted and list fields for the limits, and one mutation.
/// </summary>
internal sealed class HttpTestSchema : Schema
{
    /// <summary>The message of the arbitrary exception <c>boom</c> throws; it must never reach a client.</summary>
    public const string SecretMessage = "password=hunter2 at Server=db.internal";

    private static int _slowRunning;

    /// <summary>How many <c>slow</c> resolvers are still running.</summary>
    public static int SlowRunning => Volatile.Read(ref _slowRunning);

    public HttpTestSchema(IServiceProvider services) : base(services)
    {
        Query = new QueryType();
        Mutation = new MutationType();
        Subscription = new SubscriptionType();
        Platform.GraphQL.Schema.ModernIntrospection.Enable(this);
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        base.OnBeforeInitializeType(graphType);
        Platform.GraphQL.Schema.ModernIntrospection.Extend(graphType);
    }

    private sealed class QueryType : ObjectGraphType
    {
        public QueryType()
        {
            Name = "Query";
            Field<NonNullGraphType<StringGraphType>>("hello")
                .Argument<StringGraphType>("name")
                .Resolve(context => $"Hello, {context.GetArgument("name", "world")}!");
            Field<NonNullGraphType<StringGraphType>>("greet")
                .Argument<StringGraphType>("name")
                .Argument<StringGraphType>("greeting", argument => argument.DeprecationReason = "Always \"Hello\".")
                .Resolve(context => $"Hello, {context.GetArgument("name", "world")}!");
            Field<IntGraphType>("double")
                .Argument<NonNullGraphType<IntGraphType>>("value")
                .Resolve(context => context.GetArgument<int>("value") * 2);
            Field<StringGraphType>("boom")
                .Resolve(_ => throw new InvalidOperationException(SecretMessage));
            Field<StringGraphType>("missing")
                .Resolve(_ => throw new ApiException(ErrorCodes.NotFound, "There is no such municipality."));
            Field<StringGraphType>("secret")
                .Resolve(_ => "only for the authorized");
            Field<StringGraphType>("classified")
                .Resolve(_ => "only for the authorized");
            Field<NonNullGraphType<IntGraphType>>("counted")
                .Description("Counts its runs, so a test can tell whether execution began.")
                .Resolve(context =>
                {
                    var counter = context.RequestServices!.GetRequiredService<ResolverCounter>();
                    counter.Increment();
                    return counter.Count;
                });
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("items")
                .Argument<IntGraphType>("first")
                .Resolve(context => Items(context));
            Field<StringGraphType>("slow")
                .Description("Takes five seconds and ignores cancellation, like a stuck dependency.")
                .ResolveAsync(async _ =>
                {
                    Interlocked.Increment(ref _slowRunning);
                    try
                    {
                        await Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None);
                        return "late";
                    }
                    finally
                    {
                        Interlocked.Decrement(ref _slowRunning);
                    }
                });
            Field<StringGraphType>("fault")
                .Description("Fails with the transient fault named by kind (see HttpTestFaults).")
                .Argument<NonNullGraphType<StringGraphType>>("kind")
                .Resolve(context => throw HttpTestFaults.Create(context.GetArgument<string>("kind")));
            Field<StringGraphType>("userContext")
                .Resolve(context => context.UserContext is GraphQLUserContext user && ReferenceEquals(user.User, context.User)
                    ? nameof(GraphQLUserContext)
                    : context.UserContext.GetType().Name);
        }
    }

    private static IEnumerable<int> Items(IResolveFieldContext context) => Enumerable.Range(1, context.GetArgument("first", 3));

    internal sealed class ItemType : ObjectGraphType<int>
    {
        public ItemType()
        {
            Name = "Item";
            Field<NonNullGraphType<IntGraphType>>("number").Resolve(context => context.Source);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("items")
                .Argument<IntGraphType>("first")
                .Resolve(context => Items(context));
        }
    }

    private sealed class MutationType : ObjectGraphType
    {
        public MutationType()
        {
            Name = "Mutation";
            Field<NonNullGraphType<StringGraphType>>("echo")
                .Argument<NonNullGraphType<StringGraphType>>("text")
                .Resolve(context => context.GetArgument<string>("text"));
        }
    }

    private sealed class SubscriptionType : ObjectGraphType
    {
        public SubscriptionType()
        {
            Name = "Subscription";
            Field<NonNullGraphType<BooleanGraphType>, bool>("openedBeforeSubscribing")
                .Description("One event: whether the response had begun when the endpoint subscribed to the stream.")
                .ResolveStream(context =>
                {
                    var http = context.RequestServices!.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>();
                    return new OneShot(() => http.HttpContext!.Response.HasStarted);
                });
        }
    }

    /// <summary>Emits one value, taken when a subscriber arrives, then completes.</summary>
    private sealed class OneShot(Func<bool> take) : IObservable<bool>
    {
        public IDisposable Subscribe(IObserver<bool> observer)
        {
            observer.OnNext(take());
            observer.OnCompleted();
            return new CancellationTokenSource();
        }
    }
}
