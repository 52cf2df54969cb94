using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.GraphQL.Authorization;

/// <summary>
/// Enforces the schema's authorization metadata before execution (GraphQL.NET's server package,
/// which would do this, is not available to us). Root fields are deny-by-default: each must say
/// <c>AllowAnonymous()</c>, <c>Authorize()</c> or <c>AuthorizeWithRoles(...)</c>. Other fields
/// are checked when they carry metadata. Tenant checks, which depend on the data, happen in the
/// resolvers and again in the grains. A refusal of a field that names a tenant's object (a
/// <c>municipalityCode</c>, a <c>prefectureCode</c>, a global id) is traced in that tenant's
/// audit chain, aggregated by <see cref="DeniedAccessAudit"/>.
/// </summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase
{
    /// <inheritdoc />
    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var services = context.RequestServices;
        var audit = services?.GetService<DeniedAccessAudit>();
        var directory = audit is not null ? services!.GetService<TenantDirectory>() : null;
        return new MatchingNodeVisitor<GraphQLField>((field, validation) => Check(field, validation, audit, directory));
    }

    private static void Check(GraphQLField field, ValidationContext context, DeniedAccessAudit? audit, TenantDirectory? directory)
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
        else
        {
            return;
        }

        if (audit is not null && directory is not null)
        {
            foreach (var tenant in TargetTenants(field, definition, context, directory))
                audit.Record(caller, tenant, "GraphQL", definition.Name);
        }
    }

    // The tenants whose objects the refused field names in its arguments.
    private static HashSet<string> TargetTenants(GraphQLField field, FieldType definition, ValidationContext context, TenantDirectory directory)
    {
        var tenants = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in ArgumentLeaves.Of(field, definition, context))
        {
            var tenant = leaf switch
            {
                { Value: null } => null,
                { IsId: true } => NodeOwners.TenantOf(leaf.Value, directory),
                { Name: "municipalityCode" } => directory.Municipality(leaf.Value)?.Code,
                { Name: "prefectureCode" } => (directory.Prefecture(leaf.Value) ?? directory.PrefectureByLgCode(leaf.Value))?.LgCode,
                _ => null,
            };
            if (tenant is not null)
                tenants.Add(tenant);
        }
        return tenants;
    }

    private static void Report(ValidationContext context, GraphQLField field, string code, string message) =>
        context.ReportError(new ValidationError(context.Document.Source, null, message, field) { Code = code });
}
