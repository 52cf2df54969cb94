using GraphQL;
using GraphQL.Types;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Http;

namespace Platform.Tests.Http;

/// <summary>
/// A throwaway schema for the endpoint's tests: one plain field, fields that fail in each way the
/// endpoint must report, and one mutation.
/// </summary>
internal sealed class HttpTestSchema : Schema
{
    /// <summary>The message of the arbitrary exception <c>boom</c> throws; it must never reach a client.</summary>
    public const string SecretMessage = "password=hunter2 at Server=db.internal";

    public HttpTestSchema(IServiceProvider services) : base(services)
    {
        Query = new QueryType();
        Mutation = new MutationType();
    }

    private sealed class QueryType : ObjectGraphType
    {
        public QueryType()
        {
            Name = "Query";
            Field<NonNullGraphType<StringGraphType>>("hello")
                .Argument<StringGraphType>("name")
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
            Field<StringGraphType>("userContext")
                .Resolve(context => context.UserContext is GraphQLUserContext user && ReferenceEquals(user.User, context.User)
                    ? nameof(GraphQLUserContext)
                    : context.UserContext.GetType().Name);
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
}
