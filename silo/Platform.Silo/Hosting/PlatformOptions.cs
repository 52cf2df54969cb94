namespace Platform.Silo.Hosting;

/// <summary>
/// The host's own settings (section <c>Platform</c>). Every value can come from appsettings,
/// environment variables (<c>Platform__DataDirectory</c>) or the command line.
/// </summary>
public sealed class PlatformOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Platform";

    /// <summary>Where the local PostgreSQL cluster and the development keys live.</summary>
    public string DataDirectory { get; set; } = ".data";

    /// <summary>A throwaway in-memory run: nothing survives the process. Off unless asked for.</summary>
    public bool InMemory { get; set; }

    /// <summary>The Orleans silo-to-silo port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The Orleans client gateway port.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The full path of <see cref="DataDirectory"/>.</summary>
    public string DataPath => Path.GetFullPath(DataDirectory);
}
