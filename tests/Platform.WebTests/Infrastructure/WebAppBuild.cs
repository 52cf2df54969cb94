using System.Diagnostics;

namespace Platform.WebTests.Infrastructure;

/// <summary>
/// The repository's built web app (<c>web/dist</c>). <c>dotnet build</c> of the silo normally
/// builds it; when it is missing (for example after <c>-p:SkipWebBuild=true</c>) the tests build
/// it with npm, or fail saying how.
/// </summary>
public static class WebAppBuild
{
    /// <summary>The repository's root: the folder of <c>Platform.sln</c> above the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The web app's source folder.</summary>
    public static string WebFolder => Path.Combine(RepositoryRoot, "web");

    /// <summary>The built app's folder.</summary>
    public static string DistFolder => Path.Combine(WebFolder, "dist");

    /// <summary>Returns <see cref="DistFolder"/>, building the app first when it was not built.</summary>
    public static async Task<string> EnsureBuiltAsync()
    {
        if (File.Exists(Path.Combine(DistFolder, "index.html")))
        {
            return DistFolder;
        }

        if (!File.Exists(Path.Combine(WebFolder, "package.json")))
        {
            throw new InvalidOperationException($"There is no web app to test: {WebFolder}/package.json is missing.");
        }

        const string command = "cd web && npm ci && npm run build";
        if (!Directory.Exists(Path.Combine(WebFolder, "node_modules")))
        {
            await RunAsync("npm", "ci --no-audit --no-fund", command);
        }

        await RunAsync("npm", "run build", command);
        return File.Exists(Path.Combine(DistFolder, "index.html"))
            ? DistFolder
            : throw new InvalidOperationException($"`npm run build` wrote no {DistFolder}/index.html; build it by hand: {command}");
    }

    /// <summary>Runs <paramref name="file"/> in <c>web/</c>; a failure names <paramref name="command"/> to run by hand.</summary>
    public static async Task RunAsync(string file, string arguments, string command)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = WebFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"web/dist is not built and Node.js 20+ and npm are missing: sudo apt-get install -y nodejs npm, then {command}");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"`{file} {arguments}` in web/ failed ({process.ExitCode}); run {command} to see why.{Environment.NewLine}{await output}{await error}");
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Platform.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Platform.sln above {AppContext.BaseDirectory}.");
    }
}
