namespace Platform.Tests.Storage;

/// <summary>
/// Tests that change process-wide environment variables; xunit runs this collection on
/// its own, after the parallel ones, so no other test sees the change.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentSensitiveCollection
{
    /// <summary>The collection name used in <c>[Collection]</c>.</summary>
    public const string Name = "Environment-sensitive";
}
