namespace Platform.GraphQL.Http;

/// <summary>
/// A query that could not be parsed: bad syntax or nesting beyond the parser's depth limit.
/// GraphQL.NET's own <see cref="SyntaxError"/> only covers the first case.
/// </summary>
internal sealed class DocumentParseError : DocumentError
{
    public DocumentParseError(GraphQLParserException exception)
        : base("Error parsing query: " + exception.Description)
    {
        // The parser's own message quotes the source around the error; the location says enough.
        Code = exception is GraphQLSyntaxErrorException ? "SYNTAX_ERROR" : "MAX_DEPTH_EXCEEDED";
        AddLocation(exception.Location);
    }
}
