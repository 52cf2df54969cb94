using GraphQL.Types;
using GraphQLParser.AST;
using Platform.GraphQL.Limits;

namespace Platform.GraphQL.Http;

/// <summary>
/// A parsed query as the endpoint keeps it: the syntax tree, its measured
/// <see cref="DocumentShape"/>, and whether it has already passed the validation rules that
/// depend on nothing but the document and the schema. Shared between requests; immutable apart
/// from that one mark.
/// </summary>
public sealed class ParsedDocument
{
    private ISchema? _validatedAgainst;

    /// <summary>Parses nothing itself: wraps a document the caller parsed, and measures it.</summary>
    public ParsedDocument(GraphQLDocument document)
    {
        Document = document ?? throw new ArgumentNullException(nameof(document));
        Shape = DocumentShape.Measure(document);
        OperationCount = Shape.Operations;
        DefinesVariables = document.Definitions.OfType<GraphQLOperationDefinition>().Any(operation => operation.Variables is { Count: > 0 });
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
