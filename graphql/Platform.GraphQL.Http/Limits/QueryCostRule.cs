using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace Platform.GraphQL.Http.Limits;

/// <summary>
/// Refuses an operation whose cost exceeds <see cref="GraphQLLimitsOptions.MaxComplexity"/>, with
/// <see cref="ErrorCodes.QueryTooComplex"/>. The cost model is GraphQL.NET's: every field costs 1,
/// and whatever is selected below a list costs as many times as the list's <c>first</c> argument
/// (a connection's <c>first</c> for its <c>edges</c> and <c>nodes</c>), or
/// <see cref="GraphQLLimitsOptions.DefaultPageSize"/> when there is none. It runs after the other
/// rules, with the request's variables, so <c>first: $n</c> counts as sent. Introspection fields
/// cost nothing here: depth bounds them, and the setting <c>GraphQL:EnableIntrospection</c> decides
/// whether they run at all.
/// </summary>
public sealed class QueryCostRule(IOptions<GraphQLLimitsOptions> options) : ComplexityValidationRule(CreateOptions(options.Value))
{
    /// <inheritdoc/>
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        if (totalComplexity > Options.MaxComplexity)
        {
            context.ReportError(new ValidationError(
                $"The query costs {totalComplexity:0}; at most {Options.MaxComplexity} is allowed (GraphQL:Limits:MaxComplexity). Ask for smaller pages with first, or fewer nested lists.")
            {
                Code = ErrorCodes.QueryTooComplex,
            });
        }
        return default;
    }

    private static ComplexityOptions CreateOptions(GraphQLLimitsOptions limits)
    {
        var complexity = new ComplexityOptions
        {
            // Depth is checked (fragments expanded) before validation, by DocumentLimits.
            MaxDepth = null,
            MaxComplexity = limits.MaxComplexity,
            DefaultListImpactMultiplier = limits.DefaultPageSize,
        };
        var standard = complexity.DefaultComplexityImpactDelegate;
        complexity.DefaultComplexityImpactDelegate = field =>
            IsIntrospection(field.FieldDefinition.Name) || IsIntrospection(field.ParentType.Name)
                ? new FieldComplexityResult(0, 1)
                : standard(field);
        return complexity;
    }

    // The spec reserves names that start with two underscores for introspection.
    private static bool IsIntrospection(string name) => name.StartsWith("__", StringComparison.Ordinal);
}
