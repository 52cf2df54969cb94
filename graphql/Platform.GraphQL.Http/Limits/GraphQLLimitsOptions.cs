namespace Platform.GraphQL.Http.Limits;

/// <summary>
/// The limits every GraphQL request is held to before it runs, bound from <c>GraphQL:Limits</c>
/// (for example <c>GraphQL:Limits:MaxDepth</c>). A request over any of them gets an error with
/// <c>extensions.code = QUERY_TOO_COMPLEX</c> and no resolver runs.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:Limits";

    /// <summary>The deepest nesting of fields allowed, fragments included. Default 15.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// The highest cost allowed for the operation that runs: each field costs 1, and everything
    /// below a list is multiplied by its <c>first</c> argument (or <see cref="DefaultPageSize"/>).
    /// Default 10,000: a page of 100 municipalities with a dozen fields each costs about 1,300.
    /// </summary>
    public int MaxComplexity { get; set; } = 10_000;

    /// <summary>What a list or connection counts as when the query does not say <c>first</c>. Default 50, the default page size.</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>The most aliases (<c>alias: field</c>) one document may contain. Default 30.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>
    /// The most field selections one document may contain, fragments expanded where they are
    /// spread. Checked right after parsing, before validation, some of whose rules compare every
    /// pair of fields. Default 1,500.
    /// </summary>
    public int MaxSelections { get; set; } = 1_500;

    /// <summary>
    /// The most values of type <c>ID</c> one document may pass in its arguments (a <c>nodes</c>
    /// list counts each of its ids). Default 100.
    /// </summary>
    public int MaxIds { get; set; } = 100;

    /// <summary>The most operations one document may contain. Default 10.</summary>
    public int MaxOperations { get; set; } = 10;

    /// <summary>
    /// How long an operation may run before it is cancelled and answered with
    /// <c>QUERY_TOO_COMPLEX</c> and no data. Default 10 seconds.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
