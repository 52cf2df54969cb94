namespace Platform.WebTests.Infrastructure;

/// <summary>Every browser test: one platform and one browser for the run, tests one after another.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebAppFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "web";
}
