using System.Collections.Immutable;

namespace Platform.GraphQL.Mutations;

/// <summary>The source of a mutation payload: the result (or null) and the user errors.</summary>
public sealed record MutationPayload<T>(string? ClientMutationId, T? Result, ImmutableArray<UserError> Errors)
    where T : class
{
    /// <summary>A payload that applied nothing because of <paramref name="error"/>.</summary>
    public static MutationPayload<T> Failed(string? clientMutationId, UserError error) => new(clientMutationId, null, [error]);
}
