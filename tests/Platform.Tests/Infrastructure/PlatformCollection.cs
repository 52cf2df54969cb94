namespace Platform.Tests.Infrastructure;

/// <summary>The tests that share one running platform.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "platform";
}
