using System.Collections.Concurrent;

namespace Platform.GraphQL.Http;

/// <summary>
/// A parsed query as the endpoint keeps it: the syntax tree, its measured
/// <see cref="DocumentShape"/>, and whether it has already passed the validation rules that
/// depend on nothing but the document and the schema. Shared between requests; immutable apart
/// from that one mark.
/// </summary>
public sealed class ParsedDocument
{
    // Role sets are few (a handful of app roles); the bound only stops a flood of made-up ones.
    private const int MaxCallerKeys = 64;

    private readonly ConcurrentDictionary<string, ISchema> _passedForCallers = new(StringComparer.Ordinal);
    private ISchema? _validatedAgainst;

    /// <summary>Parses nothing itself: wraps a document the caller parsed, and measures it.</summary>
    public ParsedDocument(GraphQLDocument document)
    {
        Document = document ?? throw new ArgumentNullException(nameof(document));
        Shape = DocumentShape.Measure(document);
        OperationCount = Shape.Operations;
        DefinesVariables = document.Definitions.OfType<GraphQLOperationDefinition>().Any(operation => operation.Variables is { Count: > 0 });
        IsPlainQuery = OperationCount == 1 && !DefinesVariables
            && document.Definitions.OfType<GraphQLOperationDefinition>().All(operation => operation.Operation == OperationType.Query);
    }

    /// <summary>The SHA-256 of the text, for persisted documents; null for others.</summary>
    public string? Hash { get; init; }

    /// <summary>The syntax tree; shared, so never modified.</summary>
    public GraphQLDocument Document { get; }

    /// <summary>What the document asks for, for the limits checked before validation.</summary>
    public DocumentShape Shape { get; }

    /// <summary>How many operations the document defines.</summary>
    public int OperationCount { get; }

    /// <summary>Whether any operation declares variables (then its cost depends on the request).</summary>
    public bool DefinesVariables { get; }

    /// <summary>
    /// A single query without variables: every value it holds is in the text, so the request
    /// rules (arguments, id count, cost, input checks) give the same answer every time, and the
    /// authorization rule the same answer for every caller with the same roles.
    /// </summary>
    public bool IsPlainQuery { get; }

    /// <summary>
    /// Whether this plain query passed every rule for a caller with <paramref name="callerKey"/>
    /// (see <see cref="ValidationRuleSets.CallerKey"/>) against <paramref name="schema"/>.
    /// </summary>
    public bool HasPassedFor(ISchema schema, string callerKey) =>
        _passedForCallers.TryGetValue(callerKey, out var passed) && ReferenceEquals(passed, schema);

    /// <summary>Records that this plain query passed every rule for a caller with <paramref name="callerKey"/>.</summary>
    public void MarkPassedFor(ISchema schema, string callerKey)
    {
        if (IsPlainQuery && _passedForCallers.Count < MaxCallerKeys)
            _passedForCallers[callerKey] = schema;
    }

    /// <summary>
    /// Whether the document passed the schema-only rules against <paramref name="schema"/>. Only a
    /// document with a single operation is ever marked: GraphQL.NET validates the document for
    /// the operation a request selects, and then there is just one.
    /// </summary>
    public bool HasPassedDocumentRules(ISchema schema) => ReferenceEquals(Volatile.Read(ref _validatedAgainst), schema);

    /// <summary>Records that the document passed every rule once, against <paramref name="schema"/>.</summary>
    public void MarkPassedDocumentRules(ISchema schema)
    {
        if (OperationCount == 1)
            Volatile.Write(ref _validatedAgainst, schema);
    }
}
