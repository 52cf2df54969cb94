using System.Security.Claims;
using GraphQL.Validation.Rules.Custom;
using GraphQL.Validation.Rules;
using Platform.GraphQL.Authorization;
using Platform.GraphQL.InputChecks;
using Platform.Tenants.Common;

namespace Platform.GraphQL.Http;

/// <summary>
/// Chooses the validation rules for a request. A document seen for the first time gets every
/// rule. A document that has already passed them all skips GraphQL.NET's core rules, which look
/// at nothing but the document and the schema and so would only repeat the same answer. What
/// depends on the request runs again: argument validators, the id count and the cost (all see
/// the variables), and every rule registered in DI (<see cref="IValidationRule"/>, or GraphQL.NET's
/// <c>AddValidationRule</c>), such as authorization, which depends on the caller.
/// A plain query (one query, no variables) that passed every rule for a caller with the same
/// roles (<see cref="CallerKey"/>) runs none of these again: its values are all in its text, and
/// the authorization rule looks at nothing of the caller but whether there is one and its roles.
/// Registered rules other than ours (authorization, input checks) always run.
/// </summary>
internal sealed class ValidationRuleSets
{
    // Joined once: a request takes one of these arrays as it is.
    private readonly IValidationRule[] _full;
    private readonly IValidationRule[] _repeat;
    private readonly IValidationRule[] _repeatWithVariables;
    private readonly IValidationRule[] _registeredUncached;

    public ValidationRuleSets(QueryCostRule costRule, IdLimitRule idLimit, IOptions<GraphQLHttpOptions> options, IServiceProvider services)
    {
        var introspection = options.Value.EnableIntrospection == true ? [] : new IValidationRule[] { NoIntrospectionValidationRule.Instance };
        // Argument validators (FieldArgumentsAreValidRule) run on parsed argument values, variables included.
        // The id count too: variables can carry ids.
        IValidationRule[] perRequest = [.. DocumentValidator.CoreRules.OfType<FieldArgumentsAreValidRule>(), idLimit];
        // Every registered rule is a singleton: the list is the same for every request.
        var registered = RegisteredRules(services);
        _full = [.. DocumentValidator.CoreRules, .. introspection, idLimit, costRule, .. registered];
        _repeat = [.. perRequest, .. registered];
        _repeatWithVariables = [.. perRequest, costRule, .. registered];
        _registeredUncached = [.. registered.Where(rule => rule is not AuthorizationValidationRule and not InputValueRule)];
    }

    /// <summary>
    /// What of the caller the cached rules depend on: "-" for an anonymous caller, else its
    /// roles in order. Callers with the same key get the same answer from the authorization rule.
    /// </summary>
    public static string CallerKey(ClaimsPrincipal? user) =>
        CallerClaims.From(user) is { } caller ? "+" + string.Join('\n', caller.Roles.Order(StringComparer.Ordinal)) : "-";

    /// <summary>
    /// The rules for one request of <paramref name="document"/> by a caller with
    /// <paramref name="callerKey"/> (null: do not use what earlier callers passed).
    /// </summary>
    public IValidationRule[] For(ParsedDocument document, ISchema schema, string? callerKey = null)
    {
        if (!document.HasPassedDocumentRules(schema))
            return _full;
        if (callerKey is not null && document.HasPassedFor(schema, callerKey))
            return _registeredUncached;
        return document.DefinesVariables ? _repeatWithVariables : _repeat;
    }

    // Every IValidationRule in DI. Rules added through GraphQL.NET's builder (AddValidationRule<T>)
    // are also registered as their own type, and the executer appends those itself: adding them
    // here too would report each error twice.
    private static List<IValidationRule> RegisteredRules(IServiceProvider services)
    {
        var registered = new List<IValidationRule>();
        var isService = services.GetService<IServiceProviderIsService>();
        foreach (var rule in services.GetServices<IValidationRule>())
        {
            if (isService?.IsService(rule.GetType()) != true)
                registered.Add(rule);
        }
        return registered;
    }
}
