namespace Platform.GraphQL.Http.Limits;

/// <summary>
/// Checks a document's <see cref="DocumentShape"/> against <see cref="GraphQLLimitsOptions"/>.
/// It runs before validation: some of GraphQL.NET's rules compare every pair of fields, so a
/// document with a thousand aliases must be turned away before they see it.
/// </summary>
public sealed class DocumentLimits(IOptions<GraphQLLimitsOptions> options)
{
    private readonly GraphQLLimitsOptions _limits = options.Value;

    /// <summary>The error for the first limit <paramref name="shape"/> exceeds, or null when it is within all of them.</summary>
    public ExecutionError? Check(DocumentShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);

        if (shape.Operations > _limits.MaxOperations)
            return TooComplex($"The document defines {shape.Operations} operations; at most {_limits.MaxOperations} are allowed (GraphQL:Limits:MaxOperations).");
        if (shape.Aliases > _limits.MaxAliases)
            return TooComplex($"The document uses {shape.Aliases} aliases; at most {_limits.MaxAliases} are allowed (GraphQL:Limits:MaxAliases).");
        if (shape.Selections > _limits.MaxSelections)
            return TooComplex($"The document selects {shape.Selections} fields (fragments expanded); at most {_limits.MaxSelections} are allowed (GraphQL:Limits:MaxSelections).");
        if (shape.Depth > _limits.MaxDepth)
            return TooComplex($"The query is nested {shape.Depth} levels deep; at most {_limits.MaxDepth} are allowed (GraphQL:Limits:MaxDepth).");
        return null;
    }

    private static ApiException TooComplex(string message) => new(ErrorCodes.QueryTooComplex, message);
}
