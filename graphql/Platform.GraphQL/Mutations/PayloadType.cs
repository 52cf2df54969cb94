namespace Platform.GraphQL.Mutations;

/// <summary>
/// The payload every mutation returns: <c>{ clientMutationId &lt;result&gt; errors }</c>, the
/// result null when <c>errors</c> is not empty (API contract, "Conventions"). One instance a
/// mutation, named for it (<c>OpenCasePayload</c>); they differ only by their result field.
/// </summary>
/// <typeparam name="TResultGraphType">The graph type of the result field.</typeparam>
/// <typeparam name="T">What the mutation produced.</typeparam>
public sealed class PayloadType<TResultGraphType, T> : ObjectGraphType<MutationPayload<T>>
    where TResultGraphType : IGraphType
    where T : class
{
    /// <summary>
    /// The payload <paramref name="name"/>: the result under <paramref name="resultField"/>, shown
    /// through <paramref name="present"/> when given; <paramref name="typeDescription"/> replaces
    /// the usual description of the type.
    /// </summary>
    public PayloadType(string name, string resultField, string? description = null, Func<T, object>? present = null, string? typeDescription = null)
    {
        Name = name;
        Description = typeDescription
            ?? $"What {char.ToLowerInvariant(name[0])}{name[1..^"Payload".Length]} answers: the {resultField}, or null with the user errors that stopped it.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.PayloadDescription);
        Field<TResultGraphType>(resultField)
            .Description(description ?? $"The {resultField} as it now is; null when errors is not empty.")
            .Resolve(ctx => ctx.Source.Result is { } result ? present?.Invoke(result) ?? result : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description(ClientMutationIds.ErrorsDescription).Resolve(ctx => ctx.Source.Errors);
    }
}
