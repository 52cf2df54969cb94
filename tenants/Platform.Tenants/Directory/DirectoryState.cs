namespace Platform.Tenants.Directory;

/// <summary>The stored state of the directory grain: which version of the starting data was loaded.</summary>
[GenerateSerializer, Alias("platform.registry-state.v1")]
public sealed class DirectoryState
{
    /// <summary>The seed version loaded; 0 before the first start completed.</summary>
    [Id(0)]
    public int SeedVersion { get; set; }

    /// <summary>When the seed was loaded.</summary>
    [Id(1)]
    public DateTimeOffset? SeededAt { get; set; }
}
