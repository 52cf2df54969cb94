using GraphQL.Validation;
using GraphQLParser.AST;

namespace Platform.Tests.Http;

/// <summary>
/// Stands in for a validation rule whose work grows with the document and never looks at the
/// cancellation token, as GraphQL.NET's overlapping-fields rule does: a field aliased
/// <see cref="Alias"/> keeps it busy, synchronously, for <see cref="Duration"/>.
/// </summary>
internal sealed class SlowValidationRule : ValidationRuleBase
{
    /// <summary>The alias that makes the rule slow.</summary>
    public const string Alias = "slowToValidate";

    /// <summary>How long the rule blocks its thread.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(3);

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, _) =>
        {
            if (field.Alias?.Name == Alias)
                Thread.Sleep(Duration);
        }));
}
