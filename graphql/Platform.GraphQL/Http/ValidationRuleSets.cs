using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.GraphQL.Limits;

namespace Platform.GraphQL.Http;

/// <summary>
/// Chooses the validation rules for a request. A document seen for the first time gets every
/// rule. A document that has already passed them all skips GraphQL.NET's core rules, which look
/// at nothing but the document and the schema and so would only repeat the same answer. What
/// depends on the request always runs: argument validators, the id count and the cost (all see
/// the variables), and every rule registered in DI (<see cref="IValidationRule"/>, or GraphQL.NET's
/// <c>AddValidationRule</c>), such as authorization, which depends on the caller.
/// </summary>
internal sealed class ValidationRuleSets
{
    private readonly IValidationRule[] _full;
    private readonly IValidationRule[] _repeat;
    private readonly IValidationRule[] _repeatWithVariables;

    public ValidationRuleSets(QueryCostRule costRule, IdLimitRule idLimit, IOptions<GraphQLHttpOptions> options)
    {
        var introspection = options.Value.EnableIntrospection == true ? [] : new IValidationRule[] { NoIntrospectionValidationRule.Instance };
        // Argument validators (FieldArgumentsAreValidRule) run on parsed argument values, variables included.
        // The id count too: variables can carry ids.
        IValidationRule[] perRequest = [.. DocumentValidator.CoreRules.OfType<FieldArgumentsAreValidRule>(), idLimit];
        _full = [.. DocumentValidator.CoreRules, .. introspection, idLimit, costRule];
        _repeat = perRequest;
        _repeatWithVariables = [.. perRequest, costRule];
    }

    /// <summary>The rules for one request of <paramref name="document"/>.</summary>
    public IValidationRule[] For(ParsedDocument document, ISchema schema, IServiceProvider requestServices)
    {
        var rules = !document.HasPassedDocumentRules(schema) ? _full
            : document.DefinesVariables ? _repeatWithVariables
            : _repeat;
        var registered = RegisteredRules(requestServices);
        return registered.Count == 0 ? rules : [.. rules, .. registered];
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
