using System.Diagnostics;

namespace Platform.TestSupport;

/// <summary>
/// A fresh temporary data folder for a silo or a test server (<c>&lt;prefix&gt;-&lt;guid&gt;</c> under
/// the temp path). It may end up holding a PostgreSQL cluster, owned by the <c>postgres</c>
/// user when the run is root's; disposing stops any postmaster still running there and deletes
/// the folder.
/// </summary>
public sealed class DataFolder : IDisposable
{
    private const UnixFileMode Mode0755 =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private DataFolder(string fullPath) => FullPath = fullPath;

    /// <summary>The folder's full path.</summary>
    public string FullPath { get; }

    /// <summary>Creates the folder, to be deleted on dispose.</summary>
    /// <param name="prefix">The start of its name, such as <c>platform-bench</c>.</param>
    public static DataFolder Create(string prefix) => new(CreatePath(prefix));

    /// <summary>
    /// Creates a folder and returns its path, mode 0755 so the <c>postgres</c> user can enter it
    /// when the run is root's; whoever asked removes it.
    /// </summary>
    /// <param name="prefix">The start of its name, such as <c>platform-test</c>.</param>
    public static string CreatePath(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            // Set after creation: the umask would take group and other bits away.
            File.SetUnixFileMode(path, Mode0755);
        }

        return path;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        StopOrphanedPostmaster();
        try
        {
            Directory.Delete(FullPath, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not delete {FullPath}: {ex.Message}");
        }
    }

    // A silo that was killed rather than stopped leaves its PostgreSQL running; stop it
    // before deleting the files under it.
    private void StopOrphanedPostmaster()
    {
        var cluster = Path.Combine(FullPath, "pg");
        if (!File.Exists(Path.Combine(cluster, "postmaster.pid")) || FindPgCtl() is not { } pgCtl)
        {
            return;
        }

        var start = Environment.IsPrivilegedProcess
            ? new ProcessStartInfo("runuser") { ArgumentList = { "-u", "postgres", "--", pgCtl } }
            : new ProcessStartInfo(pgCtl);
        foreach (var argument in new[] { "-D", cluster, "stop", "-m", "immediate", "-w" })
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        try
        {
            using var stop = Process.Start(start);
            if (stop is not null && !stop.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                stop.Kill();
            }
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Console.Error.WriteLine($"Could not run pg_ctl to stop PostgreSQL in {cluster}: {ex.Message}");
        }
    }

    private static string? FindPgCtl()
    {
        const string installRoot = "/usr/lib/postgresql";
        if (!Directory.Exists(installRoot))
        {
            return null;
        }

        // Newest major version first: /usr/lib/postgresql/<major>/bin/pg_ctl.
        return Directory.GetDirectories(installRoot)
            .OrderByDescending(folder => int.TryParse(Path.GetFileName(folder), out var major) ? major : 0)
            .Select(folder => Path.Combine(folder, "bin", "pg_ctl"))
            .Where(File.Exists)
            .FirstOrDefault();
    }
}
