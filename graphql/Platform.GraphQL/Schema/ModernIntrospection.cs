using GraphQL.Introspection;
using GraphQL.Resolvers;

namespace Platform.GraphQL.Schema;

/// <summary>
/// Lets the full introspection query of current tools run (graphql-js <c>getIntrospectionQuery</c>
/// with <c>inputValueDeprecation</c>, <c>directiveIsRepeatable</c>, <c>specifiedByUrl</c> and
/// <c>schemaDescription</c>): deprecated arguments and input fields, <c>__Directive.isRepeatable</c>
/// and <c>__Type.specifiedByURL</c>, which GraphQL.NET 8 does not define itself.
/// </summary>
public static class ModernIntrospection
{
    /// <summary>The metadata key under which a custom scalar may name the specification it follows.</summary>
    public const string SpecifiedByUrlKey = "specifiedByURL";

    /// <summary>Turns on the schema features; call in the schema's constructor, before it initializes.</summary>
    public static void Enable(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Features.DeprecationOfInputValues = true;
        schema.Features.RepeatableDirectives = true;
    }

    /// <summary>
    /// Adds <c>specifiedByURL</c> to <c>__Type</c> and <c>includeDeprecated</c> to
    /// <c>__Directive.args</c>; call from the schema's <c>OnBeforeInitializeType</c>.
    /// </summary>
    public static void Extend(IGraphType graphType)
    {
        if (graphType is __Directive directive && directive.GetField("args") is { Resolver: { } resolver } args
            && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument<BooleanGraphType>
            {
                Name = "includeDeprecated",
                Description = "Whether to list deprecated arguments too.",
                DefaultValue = false,
            });
            args.Resolver = new WithoutDeprecatedArguments(resolver);
        }

        if (graphType is __Type type && type.GetField("specifiedByURL") is null)
        {
            type.Field<StringGraphType>("specifiedByURL")
                .Description("For a custom scalar, a URL to the specification of its format; null for every other type.")
                .Resolve(context => context.Source is ScalarGraphType scalar ? scalar.GetMetadata<string?>(SpecifiedByUrlKey) : null);
        }
    }

    // __Directive.args as GraphQL.NET resolves it, less the deprecated ones unless asked for.
    private sealed class WithoutDeprecatedArguments(IFieldResolver inner) : IFieldResolver
    {
        public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            var all = await inner.ResolveAsync(context);
            return context.GetArgument("includeDeprecated", false) || all is not IEnumerable<QueryArgument> arguments
                ? all
                : arguments.Where(argument => argument.DeprecationReason is null).ToList();
        }
    }
}
