using System.Collections;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Platform.GraphQL.Infrastructure;

/// <summary>One scalar a field's arguments carry: the argument or input field that holds it, whether its type is <c>ID</c>, and its text.</summary>
/// <param name="Name">The argument's or input field's name (<c>id</c>, <c>municipalityCode</c>, ...).</param>
/// <param name="IsId">Whether the value is of type <c>ID</c>.</param>
/// <param name="Value">The value as sent, as text; null for anything that is not a string or a number.</param>
public readonly record struct ArgumentLeaf(string Name, bool IsId, string? Value);

/// <summary>
/// Reads the scalars of a field's arguments during validation, before anything runs: literals
/// from the document, variables from the request, through lists and input objects, with the
/// types the schema declares. For rules that must know which objects a request names.
/// </summary>
public static class ArgumentLeaves
{
    /// <summary>Every scalar value <paramref name="field"/> passes to <paramref name="definition"/>.</summary>
    public static IEnumerable<ArgumentLeaf> Of(GraphQLField field, FieldType definition, ValidationContext context)
    {
        if (field.Arguments is null || definition.Arguments is null)
            yield break;
        foreach (var argument in field.Arguments)
        {
            var name = argument.Name.StringValue;
            if (definition.Arguments.Find(name)?.ResolvedType is not { } type)
                continue;
            foreach (var leaf in Walk(name, type, argument.Value, context))
                yield return leaf;
        }
    }

    private static IEnumerable<ArgumentLeaf> Walk(string name, IGraphType type, object? value, ValidationContext context)
    {
        // A variable stands for the value the request sent (already plain .NET values: strings,
        // numbers, lists, dictionaries).
        if (value is GraphQLVariable variable)
            value = context.Variables is { } variables && variables.TryGetValue(variable.Name.StringValue, out var sent) ? sent : null;
        if (value is null or GraphQLNullValue)
            yield break;

        switch (type)
        {
            case NonNullGraphType nonNull when nonNull.ResolvedType is { } inner:
                foreach (var leaf in Walk(name, inner, value, context))
                    yield return leaf;
                break;
            case ListGraphType list when list.ResolvedType is { } item:
                // A single value where a list is expected counts as a list of one (input coercion).
                IEnumerable items = value switch
                {
                    GraphQLListValue literal => (IEnumerable?)literal.Values ?? Array.Empty<object>(),
                    IEnumerable sequence and not string and not IDictionary and not IDictionary<string, object?> => sequence,
                    _ => new[] { value },
                };
                foreach (var element in items)
                {
                    foreach (var leaf in Walk(name, item, element, context))
                        yield return leaf;
                }
                break;
            case IInputObjectGraphType input:
                foreach (var (fieldName, fieldValue) in Fields(value))
                {
                    if (input.Fields.Find(fieldName)?.ResolvedType is { } fieldType)
                    {
                        foreach (var leaf in Walk(fieldName, fieldType, fieldValue, context))
                            yield return leaf;
                    }
                }
                break;
            case ScalarGraphType scalar:
                yield return new ArgumentLeaf(name, scalar is IdGraphType, TextOf(value));
                break;
        }
    }

    private static IEnumerable<(string Name, object? Value)> Fields(object value) => value switch
    {
        GraphQLObjectValue literal => literal.Fields?.Select(f => (f.Name.StringValue, (object?)f.Value)) ?? [],
        IEnumerable<KeyValuePair<string, object?>> sent => sent.Select(kv => (kv.Key, kv.Value)),
        _ => [],
    };

    private static string? TextOf(object value) => value switch
    {
        GraphQLStringValue literal => literal.Value.ToString(),
        GraphQLIntValue literal => literal.Value.ToString(),
        string text => text,
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
