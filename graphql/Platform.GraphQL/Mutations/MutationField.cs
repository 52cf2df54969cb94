using System.Collections.Immutable;

namespace Platform.GraphQL.Mutations;

/// <summary>
/// What a mutation's own step produced: the result, or the user errors that stopped it. A
/// <see cref="UserError"/> converts to a refusal. When an error carries
/// <see cref="NotFoundCode"/>, the target the caller may reach does not exist: that is an error
/// of the request (<c>NOT_FOUND</c>), not of its fields.
/// </summary>
/// <typeparam name="T">What the mutation produces.</typeparam>
/// <param name="Result">The result; null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Why nothing was changed.</param>
/// <param name="NotFoundCode">The grain's code for a target that does not exist, if it has one.</param>
public readonly record struct Reply<T>(T? Result, ImmutableArray<UserError> Errors, string? NotFoundCode = null)
    where T : class
{
    /// <summary>A refusal before anything was called.</summary>
    public static implicit operator Reply<T>(UserError refusal) => new(null, [refusal]);
}

/// <summary>
/// The one pipeline of every mutation field: one <c>input</c> argument, a payload, the roles that
/// may call it. It requires a verified caller, refuses a too-long <c>clientMutationId</c> before
/// anything is looked up, runs the mutation's step (find the target, call its grain), turns a
/// grain's refusal of the caller into <c>FORBIDDEN</c> and a missing target into
/// <c>NOT_FOUND</c>, and answers the payload with the input's <c>clientMutationId</c>.
/// </summary>
internal static class MutationField
{
    /// <summary>Adds the mutation <paramref name="name"/> to <paramref name="mutation"/>; <paramref name="step"/> is all it does of its own.</summary>
    /// <typeparam name="TInputType">The graph type of the input.</typeparam>
    /// <typeparam name="TInput">The input.</typeparam>
    /// <typeparam name="T">What the mutation produces.</typeparam>
    public static void Mutation<TInputType, TInput, T>(
        this ObjectGraphType mutation, string name, ObjectGraphType<MutationPayload<T>> payload, IReadOnlyList<string> roles, string description,
        Func<IResolveFieldContext, TInput, Task<Reply<T>>> step)
        where TInputType : IInputObjectGraphType
        where TInput : MutationInput
        where T : class =>
        mutation.Field(name, new NonNullGraphType(payload))
            .Returns<MutationPayload<T>>()
            .AuthorizeWithRoles([.. roles])
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                ctx.RequireCaller();
                var input = ctx.GetArgument<TInput>("input");
                if (ClientMutationIds.TooLong(input.ClientMutationId) is { } tooLong)
                {
                    return MutationPayload<T>.Failed(null, tooLong);
                }

                var reply = await GrainCalls.CallAsync(() => step(ctx, input));
                if (reply.NotFoundCode is { } code && reply.Errors.FirstOrDefault(e => e.Code == code) is { } notFound)
                {
                    throw new ApiException(ErrorCodes.NotFound, notFound.Message);
                }

                return new MutationPayload<T>(input.ClientMutationId, reply.Result, reply.Errors);
            });
}
