namespace Platform.TestSupport;

/// <summary>How to start one silo process (<see cref="SiloProcess.Start"/>).</summary>
/// <param name="SiloDll">The built <c>Platform.Silo.dll</c> (<see cref="BuiltSiloDll"/>, or a Release build).</param>
/// <param name="DataDirectory">The data folder: keys, and the local PostgreSQL when no <c>ConnectionStrings:Platform</c> is set.</param>
public sealed record SiloLaunch(string SiloDll, string DataDirectory)
{
    /// <summary>The host environment (<c>Production</c> refuses development tokens).</summary>
    public string Environment { get; init; } = "Development";

    /// <summary>Settings as <c>Section:Key=value</c>, after the launcher's own (so they win).</summary>
    public IReadOnlyList<string> Settings { get; init; } = [];

    /// <summary>Environment variables (<c>Section__Key</c>), for secrets that should not show in the process list.</summary>
    public IReadOnlyDictionary<string, string> Secrets { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The silo project's own build output, in the configuration the caller was built in
    /// (<c>bin/&lt;Configuration&gt;/net10.0/</c>), found by walking up from the caller's folder.
    /// </summary>
    public static string BuiltSiloDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var dll = Path.Combine(folder.FullName, "silo", "Platform.Silo", "bin", configuration, "net10.0", "Platform.Silo.dll");
            if (File.Exists(dll))
            {
                return dll;
            }
        }

        throw new FileNotFoundException("Platform.Silo.dll not found: build the solution first.");
    }
}
