using System.Collections.Immutable;
using GraphQL.Instrumentation;

namespace Platform.GraphQL.InputChecks;

/// <summary>
/// Answers a mutation whose input <see cref="InputValueRule"/> refused with its payload, the
/// problems as its <c>errors</c> and no result, without running its resolver: nothing is
/// called and nothing written. A mutation whose payload is not a <see cref="MutationPayload{T}"/>
/// fails as <c>BAD_USER_INPUT</c> with the problem's code in <c>extensions.detail</c>.
/// </summary>
public sealed class InputProblemMiddleware : IFieldMiddleware
{
    /// <inheritdoc />
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (InputProblems.For(context.UserContext, context.FieldAst) is not { Count: > 0 } problems)
        {
            return next(context);
        }

        var input = context.Arguments?.TryGetValue("input", out var argument) == true ? argument.Value : null;
        var clientMutationId = input is IDictionary<string, object?> raw
            ? (raw.TryGetValue("clientMutationId", out var id) ? id as string : null)
            : (input as MutationInput)?.ClientMutationId;
        if (PayloadSource(context.FieldDefinition.ResolvedType) is { } source)
        {
            return new(Activator.CreateInstance(source, clientMutationId, null, problems.ToImmutableArray()));
        }

        var first = problems[0];
        var error = new ApiException(ErrorCodes.BadUserInput, first.Message);
        error.Extensions = new Dictionary<string, object?> { ["detail"] = first.Code, ["field"] = first.Field };
        throw error;
    }

    // MutationPayload<T> when the payload's graph type is an ObjectGraphType of one.
    private static Type? PayloadSource(IGraphType? type)
    {
        type = type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;
        for (var t = type?.GetType(); t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ObjectGraphType<>)
                && t.GetGenericArguments()[0] is { IsGenericType: true } source
                && source.GetGenericTypeDefinition() == typeof(MutationPayload<>))
            {
                return source;
            }
        }

        return null;
    }
}
