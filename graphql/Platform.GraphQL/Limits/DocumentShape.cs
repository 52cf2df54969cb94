using GraphQLParser.AST;

namespace Platform.GraphQL.Limits;

/// <summary>
/// What a parsed document asks for, measured on its syntax tree alone (no schema, no variables):
/// so it can be checked before any validation rule or resolver runs, and kept with the cached
/// document.
/// </summary>
/// <param name="Operations">How many operations the document defines.</param>
/// <param name="Aliases">How many fields in the document carry an alias.</param>
/// <param name="Depth">The deepest field nesting of any operation, with fragments expanded.</param>
public sealed record DocumentShape(int Operations, int Aliases, int Depth)
{
    /// <summary>Measures <paramref name="document"/>.</summary>
    public static DocumentShape Measure(GraphQLDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment)
                fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        var walker = new Walker(fragments);
        var operations = 0;
        var depth = 0;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    operations++;
                    depth = Math.Max(depth, walker.DepthOf(operation.SelectionSet));
                    break;
                case GraphQLFragmentDefinition fragment:
                    // Fragments are counted (aliases) here, once each, whether or not an operation uses them.
                    walker.DepthOfFragment(fragment);
                    break;
            }
        }
        return new DocumentShape(operations, walker.Aliases, depth);
    }

    // Each fragment's depth is worked out once, so a document that spreads one fragment
    // thousands of times is still measured in time proportional to its length.
    private sealed class Walker(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        private readonly Dictionary<GraphQLFragmentDefinition, int> _fragmentDepths = [];
        private readonly HashSet<GraphQLFragmentDefinition> _inProgress = [];

        public int Aliases { get; private set; }

        public int DepthOfFragment(GraphQLFragmentDefinition fragment)
        {
            if (_fragmentDepths.TryGetValue(fragment, out var known))
                return known;
            // A fragment that spreads itself is invalid (NoFragmentCycles reports it); here it
            // simply adds nothing, so the measurement always ends.
            if (!_inProgress.Add(fragment))
                return 0;
            var depth = DepthOf(fragment.SelectionSet);
            _inProgress.Remove(fragment);
            _fragmentDepths[fragment] = depth;
            return depth;
        }

        public int DepthOf(GraphQLSelectionSet? selectionSet)
        {
            if (selectionSet is null)
                return 0;
            // Every selection set is walked once: operations once each, fragments once (memoized).
            var depth = 0;
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        if (field.Alias is not null)
                            Aliases++;
                        depth = Math.Max(depth, 1 + DepthOf(field.SelectionSet));
                        break;
                    case GraphQLInlineFragment inline:
                        depth = Math.Max(depth, DepthOf(inline.SelectionSet));
                        break;
                    case GraphQLFragmentSpread spread:
                        if (fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment))
                            depth = Math.Max(depth, DepthOfFragment(fragment));
                        break;
                }
            }
            return depth;
        }
    }
}
