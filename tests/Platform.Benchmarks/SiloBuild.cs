namespace Platform.Benchmarks;

/// <summary>
/// Finds the repository and builds the silo in Release, so the benchmark always measures
/// the code in the working tree and never a stale binary.
/// </summary>
internal static class SiloBuild
{
    private const string SolutionFile = "Platform.sln";
    private const int BuildAttempts = 3;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(1);

    /// <summary>The folder holding <c>Platform.sln</c>, found by walking up from this program.</summary>
    public static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}; run the benchmark from the repository.");
    }

    /// <summary>
    /// Runs <c>dotnet build -c Release silo/Platform.Silo</c> and returns the path of the
    /// built <c>Platform.Silo.dll</c>. A failed build is retried after a minute, because
    /// others may be editing the silo while the benchmark starts.
    /// </summary>
    public static async Task<string> BuildAsync(string repositoryRoot, CancellationToken ct)
    {
        var project = Path.Combine(repositoryRoot, "silo", "Platform.Silo");
        for (var attempt = 1; ; attempt++)
        {
            var (exitCode, output) = await RunDotnetBuildAsync(project, ct);
            if (exitCode == 0)
            {
                break;
            }

            if (attempt == BuildAttempts)
            {
                throw new InvalidOperationException($"dotnet build of {project} failed {BuildAttempts} times (exit code {exitCode}):{Environment.NewLine}{output}");
            }

            var firstError = output.Split('\n').FirstOrDefault(line => line.Contains("error", StringComparison.OrdinalIgnoreCase))?.Trim();
            Console.WriteLine($"  silo build failed (attempt {attempt} of {BuildAttempts}): {firstError}");
            Console.WriteLine($"  retrying in {RetryDelay.TotalSeconds:0} s (the silo may be mid-edit)");
            await Task.Delay(RetryDelay, ct);
        }

        var dll = Path.Combine(project, "bin", "Release", "net10.0", "Platform.Silo.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("The build succeeded but the silo assembly is not where expected.", dll);
    }

    private static async Task<(int ExitCode, string Output)> RunDotnetBuildAsync(string project, CancellationToken ct)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "build", "-c", "Release", project, "-v", "q", "-nologo" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var build = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet build.");
        var stdout = build.StandardOutput.ReadToEndAsync(ct);
        var stderr = build.StandardError.ReadToEndAsync(ct);
        await build.WaitForExitAsync(ct);
        return (build.ExitCode, (await stdout) + (await stderr));
    }
}
