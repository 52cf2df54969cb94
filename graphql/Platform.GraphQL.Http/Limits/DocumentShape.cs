namespace Platform.GraphQL.Http.Limits;

/// <summary>
/// What a parsed document asks for, measured on its syntax tree alone (no schema, no variables):
/// so it can be checked before any validation rule or resolver runs, and kept with the cached
/// document.
/// </summary>
/// <param name="Operations">How many operations the document defines.</param>
/// <param name="Aliases">How many fields in the document carry an alias.</param>
/// <param name="Depth">The deepest field nesting of any operation, with fragments expanded.</param>
/// <param name="Selections">
/// How many field selections the validation rules will compare: every field of every operation
/// with each fragment spread expanded where it is spread, plus the fields of fragments that no
/// operation spreads (validation walks them too). Saturates at <see cref="int.MaxValue"/>.
/// </param>
public sealed record DocumentShape(int Operations, int Aliases, int Depth, int Selections)
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
        long selections = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition operation)
            {
                operations++;
                var (operationDepth, operationSelections) = walker.Measure(operation.SelectionSet);
                depth = Math.Max(depth, operationDepth);
                selections = Saturate(selections + operationSelections);
            }
        }
        foreach (var definition in document.Definitions)
        {
            // Every fragment is measured (its aliases counted) once, whether or not an operation
            // uses it; the fields of one that nothing spreads are validated all the same.
            if (definition is GraphQLFragmentDefinition fragment)
            {
                var measured = walker.MeasureFragment(fragment);
                if (!walker.IsSpread(fragment))
                    selections = Saturate(selections + measured.Selections);
            }
        }
        return new DocumentShape(operations, walker.Aliases, depth, (int)selections);
    }

    private static long Saturate(long count) => Math.Min(count, int.MaxValue);

    // Each fragment is measured once, so a document that spreads one fragment thousands of times
    // is still measured in time proportional to its length; its selections are then added once
    // per spread, which is what validation will face.
    private sealed class Walker(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        private readonly Dictionary<GraphQLFragmentDefinition, (int Depth, long Selections)> _measured = [];
        private readonly HashSet<GraphQLFragmentDefinition> _inProgress = [];
        private readonly HashSet<GraphQLFragmentDefinition> _spread = [];

        public int Aliases { get; private set; }

        public bool IsSpread(GraphQLFragmentDefinition fragment) => _spread.Contains(fragment);

        public (int Depth, long Selections) MeasureFragment(GraphQLFragmentDefinition fragment)
        {
            if (_measured.TryGetValue(fragment, out var known))
                return known;
            // A fragment that spreads itself is invalid (NoFragmentCycles reports it); here it
            // simply adds nothing, so the measurement always ends.
            if (!_inProgress.Add(fragment))
                return (0, 0);
            var measured = Measure(fragment.SelectionSet);
            _inProgress.Remove(fragment);
            _measured[fragment] = measured;
            return measured;
        }

        public (int Depth, long Selections) Measure(GraphQLSelectionSet? selectionSet)
        {
            if (selectionSet is null)
                return (0, 0);
            // Every selection set is walked once: operations once each, fragments once (memoized).
            var depth = 0;
            long selections = 0;
            foreach (var selection in selectionSet.Selections)
            {
                (int Depth, long Selections) inner;
                switch (selection)
                {
                    case GraphQLField field:
                        if (field.Alias is not null)
                            Aliases++;
                        inner = Measure(field.SelectionSet);
                        depth = Math.Max(depth, 1 + inner.Depth);
                        selections = Saturate(selections + 1 + inner.Selections);
                        break;
                    case GraphQLInlineFragment inline:
                        inner = Measure(inline.SelectionSet);
                        depth = Math.Max(depth, inner.Depth);
                        selections = Saturate(selections + inner.Selections);
                        break;
                    case GraphQLFragmentSpread spread:
                        if (fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment))
                        {
                            _spread.Add(fragment);
                            inner = MeasureFragment(fragment);
                            depth = Math.Max(depth, inner.Depth);
                            selections = Saturate(selections + inner.Selections);
                        }
                        break;
                }
            }
            return (depth, selections);
        }
    }
}
