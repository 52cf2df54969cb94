namespace Platform.Tests.Infrastructure;

/// <summary>
/// The npm project in <c>tests/Platform.Tests/GraphQLHttpAudit</c> (integrators' tools: graphql-js,
/// graphql-http, ...), installed once per test run with <c>npm ci</c> from its committed
/// package-lock.json (nothing global), and its scripts run with node.
/// </summary>
public static class NodeTools
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static bool installed;

    /// <summary>The npm project's folder.</summary>
    public static string Folder { get; } = Path.Combine(RepoRoot(), "tests", "Platform.Tests", "GraphQLHttpAudit");

    /// <summary>Runs <c>node</c> with <paramref name="arguments"/> in <see cref="Folder"/> after installing; its stdout.</summary>
    public static async Task<string> NodeAsync(params string[] arguments)
    {
        await EnsureInstalledAsync();
        return await RunAsync("node", arguments, Folder);
    }

    /// <summary>Runs <paramref name="tool"/>, a command of the project's own node_modules/.bin, in <paramref name="folder"/>; its stdout.</summary>
    public static async Task<string> ToolAsync(string tool, string folder, params string[] arguments)
    {
        await EnsureInstalledAsync();
        return await RunAsync(Path.Combine(Folder, "node_modules", ".bin", tool), arguments, folder);
    }

    /// <summary>The repository root (where Platform.sln is).</summary>
    public static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Platform.sln not found above the test folder.");
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            // npm ci leaves node_modules/.package-lock.json; reinstall when the committed lock is newer.
            var lockFile = new FileInfo(Path.Combine(Folder, "package-lock.json"));
            var installedLock = new FileInfo(Path.Combine(Folder, "node_modules", ".package-lock.json"));
            if (!installed && (!installedLock.Exists || installedLock.LastWriteTimeUtc < lockFile.LastWriteTimeUtc))
                await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], Folder);
            installed = true;
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task<string> RunAsync(string program, string[] arguments, string folder)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {await stderr}\n{await stdout}");
        return await stdout;
    }
}
