namespace Platform.Silo.Registry;

/// <summary>Whether the tenant registry has been loaded in this process.</summary>
public sealed class RegistryReadiness
{
    /// <summary>True once the starting data is loaded (or found loaded).</summary>
    public bool IsReady { get; private set; }

    /// <summary>How long loading took at this start.</summary>
    public TimeSpan? SeedTime { get; private set; }

    /// <summary>Marks the registry ready.</summary>
    public void MarkReady(TimeSpan seedTime)
    {
        SeedTime = seedTime;
        IsReady = true;
    }
}
