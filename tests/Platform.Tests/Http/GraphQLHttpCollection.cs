namespace Platform.Tests.Http;

/// <summary>The tests that share one running <see cref="GraphQLHttpHost"/>.</summary>
[CollectionDefinition(Name)]
public sealed class GraphQLHttpCollection : ICollectionFixture<GraphQLHttpHost>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "GraphQL HTTP";
}
