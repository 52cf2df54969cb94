namespace Platform.GraphQL.Directory;

/// <summary>The source object of the <c>Nation</c> type; the nation has no data of its own here.</summary>
public sealed record NationRoot
{
    /// <summary>The one instance.</summary>
    public static readonly NationRoot Instance = new();
}
