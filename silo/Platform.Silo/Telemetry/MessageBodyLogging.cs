namespace Platform.Silo.Telemetry;

/// <summary>
/// Orleans' messaging writes whole messages at <c>Trace</c>, grain call arguments included (a
/// consultation's question, a withdrawal reason, a person's name). The platform never lets those
/// categories log below <c>Debug</c>, for any provider, whatever the configuration asks for.
/// </summary>
public static class MessageBodyLogging
{
    /// <summary>The category prefixes capped at <see cref="Floor"/>.</summary>
    public static IReadOnlyList<string> Categories { get; } = ["Orleans.Runtime.Messaging", "Orleans.Messaging", "Orleans.Networking"];

    /// <summary>The lowest level those categories may log at.</summary>
    public const LogLevel Floor = LogLevel.Debug;

    /// <summary>Caps the categories after every other filter rule is in place (configuration, code, tests).</summary>
    public static IServiceCollection AddMessageBodyLoggingCap(this IServiceCollection services)
    {
        services.PostConfigure<LoggerFilterOptions>(options =>
        {
            var rules = options.Rules.Select(Raised).ToList();
            foreach (var provider in rules.Select(r => r.ProviderName).Append(null).Distinct().ToList())
            {
                foreach (var category in Categories)
                {
                    // Per provider and category, so it outranks a provider's rule for all categories.
                    rules.Add(new LoggerFilterRule(provider, category, Floor, null));
                }
            }

            options.Rules.Clear();
            foreach (var rule in rules)
            {
                options.Rules.Add(rule);
            }
        });
        return services;
    }

    // A configured rule for one of the categories (or a narrower one) keeps its provider and category, never a level below the floor.
    private static LoggerFilterRule Raised(LoggerFilterRule rule) =>
        rule.CategoryName is { } category && Categories.Any(c => category.StartsWith(c, StringComparison.Ordinal)) && (rule.LogLevel is null || rule.LogLevel < Floor)
            ? new LoggerFilterRule(rule.ProviderName, rule.CategoryName, Floor, rule.Filter)
            : rule;
}
