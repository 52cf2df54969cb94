namespace Platform.GraphQL.Http.Limits;

/// <summary>
/// Refuses a document that names more objects by id than <see cref="GraphQLLimitsOptions.MaxIds"/>,
/// with <see cref="ErrorCodes.QueryTooComplex"/>: every value of type <c>ID</c> in any field's
/// arguments counts (literals and variables, in lists and input objects). Each id can cost a
/// grain call and, when refused, an audit count in another tenant; thirty aliases of
/// <c>nodes</c> must not turn into 1,500 of them.
/// </summary>
internal sealed class IdLimitRule(IOptions<GraphQLLimitsOptions> options) : ValidationRuleBase
{
    private readonly int _maxIds = options.Value.MaxIds;

    /// <inheritdoc/>
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var ids = 0;
        return new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (ids > _maxIds || validation.TypeInfo.GetFieldDef() is not { } definition)
                return;
            ids += ArgumentLeaves.Of(field, definition, validation).Count(leaf => leaf.IsId);
            if (ids > _maxIds)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, null,
                    $"The document names more than {_maxIds} objects by id; at most {_maxIds} are allowed (GraphQL:Limits:MaxIds).", field)
                {
                    Code = ErrorCodes.QueryTooComplex,
                });
            }
        }));
    }
}
