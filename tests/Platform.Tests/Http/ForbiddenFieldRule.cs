using GraphQL.Validation;
using GraphQLParser.AST;

namespace Platform.Tests.Http;

/// <summary>
/// Stands in for the authorization rules others will register: refuses one field with a
/// <see cref="ErrorCodes.Forbidden"/> validation error. Two kinds, because the host registers one
/// as a plain DI service and the other through GraphQL.NET's builder.
/// </summary>
internal abstract class ForbiddenFieldRule(string fieldName) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (field.Name == fieldName)
            {
                validation.ReportError(new ValidationError(validation.Document.Source, null, $"You may not read {fieldName}.", field)
                {
                    Code = ErrorCodes.Forbidden,
                });
            }
        }));

    /// <summary>Refuses <c>secret</c>; registered as <c>services.AddSingleton&lt;IValidationRule, ...&gt;()</c>.</summary>
    public sealed class Secret() : ForbiddenFieldRule("secret");

    /// <summary>Refuses <c>classified</c>; registered with GraphQL.NET's <c>AddValidationRule&lt;T&gt;()</c>.</summary>
    public sealed class Classified() : ForbiddenFieldRule("classified");
}
