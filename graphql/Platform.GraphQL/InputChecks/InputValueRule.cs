using System.Collections;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Platform.GraphQL.InputChecks;

/// <summary>
/// One check for every value a client sends, wherever it sits in the operation (a literal or a
/// variable, a mutation's input object, a list, a query argument): no text may carry a control
/// character or a bidirectional override/isolate mark (<see cref="TextRules"/>, line breaks and
/// tabs only in the long texts of <see cref="InputProblems.MultiLineFields"/>), and no
/// <c>Date</c> or <c>DateTime</c> lies outside <see cref="InputProblems.EarliestDate"/>..<see cref="InputProblems.LatestDate"/>
/// (birth years are integers with their own range). A mutation's problems become the
/// <c>errors</c> of its payload (<see cref="InputProblemMiddleware"/>), so nothing is called and
/// nothing written; anywhere else they fail the request as <c>BAD_USER_INPUT</c> with the
/// problem's code in <c>extensions.detail</c> and its path in <c>extensions.field</c>.
/// </summary>
public sealed class InputValueRule : ValidationRuleBase
{
    private static readonly MatchingNodeVisitor<GraphQLField> Visitor = new((field, context) =>
    {
        if (context.TypeInfo.GetFieldDef() is not { Arguments: { Count: > 0 } arguments } || field.Arguments is null)
        {
            return;
        }

        var problems = new List<UserError>();
        foreach (var argument in field.Arguments)
        {
            if (arguments.Find(argument.Name.StringValue) is { ResolvedType: { } type })
            {
                Literal(context, type, argument.Value, [argument.Name.StringValue], problems);
            }
        }

        if (problems.Count == 0)
        {
            return;
        }

        var isMutationRoot = context.Operation.Operation == OperationType.Mutation && context.TypeInfo.GetParentType() == context.Schema.Mutation;
        if (isMutationRoot && context.UserContext is { } userContext)
        {
            InputProblems.Of(userContext)[field] = problems;
            return;
        }

        foreach (var problem in problems)
        {
            var error = new ValidationError(context.Document.Source, null, problem.Message, field) { Code = problem.Code };
            error.Extensions = new Dictionary<string, object?> { ["detail"] = problem.Code, ["field"] = problem.Field };
            context.ReportError(error);
        }
    });

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    private static void Literal(ValidationContext context, IGraphType type, GraphQLValue value, List<string> path, List<UserError> problems)
    {
        type = type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;
        switch (value)
        {
            case GraphQLVariable variable:
                var name = variable.Name.StringValue;
                if (context.Variables is { } inputs && inputs.TryGetValue(name, out var raw))
                {
                    Raw(type, raw, path, problems);
                }
                else if (context.Operation.Variables?.Items.FirstOrDefault(v => v.Variable.Name.StringValue == name)?.DefaultValue is { } fallback)
                {
                    Literal(context, type, fallback, path, problems);
                }

                break;
            case GraphQLListValue list when type is ListGraphType listType:
                for (var i = 0; i < (list.Values?.Count ?? 0); i++)
                {
                    Literal(context, listType.ResolvedType!, list.Values![i], [.. path, i.ToString(System.Globalization.CultureInfo.InvariantCulture)], problems);
                }

                break;
            case GraphQLObjectValue obj when type is IInputObjectGraphType inputObject:
                foreach (var field in obj.Fields ?? [])
                {
                    if (inputObject.GetField(field.Name.StringValue) is { ResolvedType: { } fieldType })
                    {
                        Literal(context, fieldType, field.Value, [.. path, field.Name.StringValue], problems);
                    }
                }

                break;
            case GraphQLStringValue text:
                InputProblems.Check(type, text.Value.ToString(), scalar => scalar.ParseLiteral(text), path, problems);
                break;
            default:
                // A literal list given for a single value is coerced to a one-element list.
                if (type is ListGraphType single)
                {
                    Literal(context, single.ResolvedType!, value, path, problems);
                }

                break;
        }
    }

    private static void Raw(IGraphType type, object? value, List<string> path, List<UserError> problems)
    {
        type = type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;
        switch (value)
        {
            case string text:
                InputProblems.Check(type, text, scalar => scalar.ParseValue(text), path, problems);
                break;
            case IDictionary<string, object?> obj when type is IInputObjectGraphType inputObject:
                foreach (var (name, fieldValue) in obj)
                {
                    if (inputObject.GetField(name) is { ResolvedType: { } fieldType })
                    {
                        Raw(fieldType, fieldValue, [.. path, name], problems);
                    }
                }

                break;
            case IEnumerable items and not IDictionary when type is ListGraphType listType:
                var i = 0;
                foreach (var item in items)
                {
                    Raw(listType.ResolvedType!, item, [.. path, (i++).ToString(System.Globalization.CultureInfo.InvariantCulture)], problems);
                }

                break;
        }
    }
}
