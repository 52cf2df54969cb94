using GraphQLParser;
using GraphQLParser.AST;

namespace Platform.GraphQL.Relay;

/// <summary>
/// The fields a request selects below the field being resolved, along a path of field names,
/// through inline fragments and fragment spreads: what a page's resolver reads to start the
/// loads its items will ask for. Validation has run, so fragments do not cycle.
/// </summary>
public static class SelectedFields
{
    /// <summary>The fields at <paramref name="path"/> (names, not aliases) below the field of <paramref name="context"/>.</summary>
    public static IEnumerable<GraphQLField> At(IResolveFieldContext context, params string[] path)
    {
        ArgumentNullException.ThrowIfNull(context);
        return path.Length == 0 ? [] : At(context, context.FieldAst.SelectionSet, path, 0);
    }

    /// <summary>The value of the argument <paramref name="name"/> of <paramref name="field"/> when it is an Int given in the text or by a variable.</summary>
    public static int? IntArgument(IResolveFieldContext context, GraphQLField field, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(field);
        return field.Arguments?.FirstOrDefault(a => a.Name.Value == name)?.Value switch
        {
            GraphQLIntValue literal => int.TryParse(literal.Value.Span, out var value) ? value : null,
            GraphQLVariable variable => context.Variables.ValueFor(variable.Name.Value, out var given) && given.Value is int value ? value : null,
            _ => null,
        };
    }

    private static IEnumerable<GraphQLField> At(IResolveFieldContext context, GraphQLSelectionSet? selections, string[] path, int depth)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            var (set, next) = selection switch
            {
                GraphQLField field when field.Name.Value == path[depth] => (depth == path.Length - 1 ? null : field.SelectionSet, depth + 1),
                GraphQLInlineFragment inline => (inline.SelectionSet, depth),
                GraphQLFragmentSpread spread => (context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value)?.SelectionSet, depth),
                _ => (null, depth),
            };
            if (next == path.Length)
            {
                yield return (GraphQLField)selection;
                continue;
            }

            foreach (var field in At(context, set, path, next))
                yield return field;
        }
    }
}
