using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Infrastructure;

namespace Platform.GraphQL.Authorization;

/// <summary>
/// Enforces the schema's authorization metadata before execution (GraphQL.NET's server package,
/// which would do this, is not available to us). Root fields are deny-by-default: each must say
/// <c>AllowAnonymous()</c>, <c>Authorize()</c> or <c>AuthorizeWithRoles(...)</c>. Other fields
/// are checked when they carry metadata. Tenant checks, which depend on the data, happen in the
/// resolvers and again in the grains.
/// </summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase
{
    private static readonly MatchingNodeVisitor<GraphQLField> Visitor = new((field, context) =>
    {
        var definition = context.TypeInfo.GetFieldDef();
        var parent = context.TypeInfo.GetParentType()?.GetNamedType();
        if (definition is null || parent is null || definition.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return;
        }

        var isRoot = parent == context.Schema.Query || parent == context.Schema.Mutation || parent == context.Schema.Subscription;
        var anonymous = definition.IsAnonymousAllowed();
        var roles = definition.GetRoles() ?? [];
        var needsAuthentication = definition.IsAuthorizationRequired() || roles.Count > 0;
        if (anonymous && !needsAuthentication)
        {
            return;
        }

        if (!anonymous && !needsAuthentication && !isRoot)
        {
            return;
        }

        var caller = CallerClaims.From(context.User);
        if (!anonymous && !needsAuthentication)
        {
            // A root field nobody declared a rule for: closed, whoever asks.
            Report(context, field, ErrorCodes.Forbidden, $"The field '{definition.Name}' declares no access rule and is closed.");
        }
        else if (caller is null)
        {
            Report(context, field, ErrorCodes.Unauthenticated, $"The field '{definition.Name}' needs a valid bearer token.");
        }
        else if (roles.Count > 0 && !roles.Any(caller.IsInRole))
        {
            Report(context, field, ErrorCodes.Forbidden, $"The field '{definition.Name}' needs one of the roles {string.Join(", ", roles)}.");
        }
    });

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    private static void Report(ValidationContext context, GraphQLField field, string code, string message) =>
        context.ReportError(new ValidationError(context.Document.Source, null, message, field) { Code = code });
}
