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
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);

    private static int _busy;

    /// <summary>How many validations are blocked in the rule right now.</summary>
    public static int Busy => Volatile.Read(ref _busy);

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, _) =>
        {
            if (field.Alias?.Name != Alias)
                return;
            Interlocked.Increment(ref _busy);
            try
            {
                Thread.Sleep(Duration);
            }
            finally
            {
                Interlocked.Decrement(ref _busy);
            }
        }));
}
