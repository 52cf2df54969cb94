namespace Platform.Silo.DirectorySeeding;

/// <summary>Whether the tenant directory has been loaded in this process.</summary>
public sealed class DirectoryReadiness
{
    /// <summary>True once the starting data is loaded (or found loaded).</summary>
    public bool IsReady { get; private set; }

    /// <summary>How long loading took at this start.</summary>
    public TimeSpan? SeedTime { get; private set; }

    /// <summary>Marks the directory ready.</summary>
    public void MarkReady(TimeSpan seedTime)
    {
        SeedTime = seedTime;
        IsReady = true;
    }
}
