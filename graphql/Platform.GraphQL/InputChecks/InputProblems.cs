using System.Collections.Frozen;
using GraphQLParser.AST;

namespace Platform.GraphQL.InputChecks;

/// <summary>
/// What <see cref="InputValueRule"/> checks in each value and what it found in a request's
/// mutations, kept in the request's user context until <see cref="InputProblemMiddleware"/>
/// answers them.
/// </summary>
public static class InputProblems
{
    /// <summary>The stable code of a date outside the platform's range.</summary>
    public const string DateOutOfRange = "DATE_OUT_OF_RANGE";

    /// <summary>The earliest date any input may carry: the platform holds no record from before.</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    /// <summary>The latest date any input may carry (planned dates lie a few years ahead at most).</summary>
    public static readonly DateOnly LatestDate = new(2099, 12, 31);

    /// <summary>Input fields whose text may span lines (line breaks and tabs allowed).</summary>
    public static readonly FrozenSet<string> MultiLineFields =
        new[] { "notes", "question", "advice", "reason", "description", "schedule", "hours" }.ToFrozenSet(StringComparer.Ordinal);

    private const string Key = "platform.inputProblems";

    /// <summary>The problems found per mutation field of this request.</summary>
    public static Dictionary<GraphQLField, List<UserError>> Of(IDictionary<string, object?> userContext)
    {
        if (userContext.TryGetValue(Key, out var found) && found is Dictionary<GraphQLField, List<UserError>> problems)
        {
            return problems;
        }

        problems = [];
        userContext[Key] = problems;
        return problems;
    }

    /// <summary>The problems the rule found in <paramref name="field"/>'s arguments, if any.</summary>
    public static List<UserError>? For(IDictionary<string, object?>? userContext, GraphQLField field) =>
        userContext is not null && userContext.TryGetValue(Key, out var found) && found is Dictionary<GraphQLField, List<UserError>> problems
            ? problems.GetValueOrDefault(field)
            : null;

    /// <summary>
    /// Checks one text <paramref name="text"/> sent for an input of <paramref name="type"/> at
    /// <paramref name="path"/>; for a date scalar, <paramref name="parse"/> gives its value.
    /// </summary>
    public static void Check(IGraphType type, string text, Func<ScalarGraphType, object?> parse, IReadOnlyList<string> path, List<UserError> problems)
    {
        while (type is NonNullGraphType or ListGraphType)
        {
            type = type is NonNullGraphType n ? n.ResolvedType! : ((ListGraphType)type).ResolvedType!;
        }

        var name = path.Count > 0 ? path[^1] : "value";
        if (TextRules.HasForbiddenCharacters(text, MultiLineFields.Contains(name)))
        {
            problems.Add(new UserError(TextRules.InvalidCharacters, $"{name} contains control or bidirectional-override characters.", [.. path]));
            return;
        }

        if (type is DateScalarType or DateTimeScalarType)
        {
            object? value;
            try
            {
                value = parse((ScalarGraphType)type);
            }
            catch (Exception)
            {
                return; // Not a date at all: the scalar's own validation answers that.
            }

            var day = value switch
            {
                DateOnly d => d,
                DateTimeOffset t => JapanDate.Of(t),
                DateTime t => DateOnly.FromDateTime(t),
                _ => (DateOnly?)null,
            };
            if (day is { } date && (date < EarliestDate || date > LatestDate))
            {
                problems.Add(new UserError(DateOutOfRange, $"{name} must lie between {EarliestDate:yyyy-MM-dd} and {LatestDate:yyyy-MM-dd}.", [.. path]));
            }
        }
    }
}
