using GraphQL.Validation;
using GraphQLParser.AST;

namespace Platform.Tests.Http;

/// <summary>
/// Stands in for a rule that depends on the caller, as authorization does: the subject
/// <see cref="Subject"/> may not read <c>hello</c>. It must run on every request, even for a
/// document the endpoint has already validated for someone else.
/// </summary>
internal sealed class DeniedSubjectRule : ValidationRuleBase
{
    /// <summary>The subject this rule refuses.</summary>
    public const string Subject = "mallory";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(context.User?.FindFirst("sub")?.Value != Subject ? null : new MatchingNodeVisitor<GraphQLField>((field, validation) =>
        {
            if (field.Name == "hello")
            {
                validation.ReportError(new ValidationError(validation.Document.Source, null, "You may not read hello.", field)
                {
                    Code = ErrorCodes.Forbidden,
                });
            }
        }));
}
