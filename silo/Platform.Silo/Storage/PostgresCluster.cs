using System.Globalization;

namespace Platform.Silo.Storage;

/// <summary>
/// One PostgreSQL cluster on disk and the <c>initdb</c>/<c>pg_ctl</c> calls that manage it.
/// </summary>
/// <remarks>
/// Layout inside the data folder: <c>pg/</c> is the cluster (with <c>pg/server.log</c>),
/// <c>platform-db-password</c> the superuser password (mode 0600). The rest of the data
/// folder is free for other silo files.
/// </remarks>
internal sealed class PostgresCluster(
    string dataDirectory, PostgresBinaries binaries, PostgresServerAccount account, LocalPostgresDurability durability)
{
    /// <summary>Name of the superuser created by <c>initdb</c>.</summary>
    public const string SuperUser = "postgres";

    private const int StartTimeoutSeconds = 60;
    private const int LogTailLines = 20;

    /// <summary>The PostgreSQL data directory (PGDATA).</summary>
    public string ClusterDirectory { get; } = Path.Combine(dataDirectory, "pg");

    /// <summary>File holding the superuser password, readable only by its owner.</summary>
    public string PasswordFile { get; } = Path.Combine(dataDirectory, "platform-db-password");

    private string LogFile => Path.Combine(ClusterDirectory, "server.log");

    private string PidFile => Path.Combine(ClusterDirectory, "postmaster.pid");

    /// <summary>Whether <c>initdb</c> has completed here before.</summary>
    public bool IsInitialized => File.Exists(Path.Combine(ClusterDirectory, "PG_VERSION"));

    /// <summary>Reads the superuser password, creating a random one on first use.</summary>
    public string ReadOrCreatePassword()
    {
        if (File.Exists(PasswordFile))
        {
            return File.ReadAllText(PasswordFile).Trim();
        }

        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Created 0600 rather than chmod-ed afterwards, so it is never readable by others.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(PasswordFile, options))
        {
            writer.WriteLine(password);
        }

        return password;
    }

    /// <summary>
    /// Creates the cluster with <c>initdb</c>: UTF-8, C locale, SCRAM passwords only. initdb writes
    /// into a folder of its own that becomes <c>pg/</c> only once it has finished, so a start that is
    /// cancelled or fails half-way leaves no cluster that looks made but is not.
    /// </summary>
    public async Task InitializeAsync(CancellationToken ct)
    {
        var building = ClusterDirectory + ".initdb";
        if (Directory.Exists(building))
        {
            Directory.Delete(building, recursive: true);
        }

        if (Directory.Exists(ClusterDirectory) && !Directory.EnumerateFileSystemEntries(ClusterDirectory).Any())
        {
            Directory.Delete(ClusterDirectory);
        }

        Directory.CreateDirectory(building);
        try
        {
            await account.TakeOwnershipAsync([building, PasswordFile], dataDirectory, ct);
            await account.RunCheckedAsync(binaries.InitDb,
            [
                "--pgdata", building,
                "--encoding=UTF8",
                "--locale=C",
                "--auth=scram-sha-256",
                "--username", SuperUser,
                "--pwfile", PasswordFile,
                // Skips the final fsync of the new, still empty cluster (about 1 s instead of
                // 4 s); the risk is only an OS crash in the seconds after first start.
                "--no-sync",
            ], dataDirectory, ct);
        }
        catch
        {
            Directory.Delete(building, recursive: true);
            throw;
        }

        Directory.Move(building, ClusterDirectory);
    }

    /// <summary>Makes files created by this process usable by the server account again.</summary>
    public Task RepairOwnershipAsync(CancellationToken ct) =>
        account.TakeOwnershipAsync([ClusterDirectory, PasswordFile], dataDirectory, ct);

    /// <summary>
    /// The port of a postmaster already running on this cluster (left by a silo that was
    /// killed), or <see langword="null"/> when none is running.
    /// </summary>
    public async Task<int?> FindRunningPortAsync(CancellationToken ct)
    {
        if (!File.Exists(PidFile))
        {
            return null;
        }

        // pg_ctl checks that the pid in postmaster.pid is alive; a stale file (exit 3)
        // is handled by pg_ctl start.
        var status = await account.RunAsync(binaries.PgCtl, ["status", "--pgdata", ClusterDirectory], dataDirectory, ct);
        if (status.ExitCode != 0)
        {
            return null;
        }

        // Line 4 of postmaster.pid is the port (see PostgreSQL's pidfile.h).
        var lines = File.ReadAllLines(PidFile);
        return lines.Length >= 4 && int.TryParse(lines[3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            ? port
            : throw new InvalidOperationException($"PostgreSQL is running on '{ClusterDirectory}' but its postmaster.pid has no port.");
    }

    /// <summary>
    /// Starts the server on 127.0.0.1:<paramref name="port"/> and waits until it is ready.
    /// Returns <see langword="false"/> when the port was taken in the meantime.
    /// </summary>
    public async Task<bool> TryStartAsync(int port, CancellationToken ct)
    {
        // TCP on loopback only, and no Unix socket at all: no /var/run/postgresql needed,
        // and no socket path length limit for deep data folders.
        var serverOptions = $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections={ConnectionBudget.LocalMaxConnections}";
        if (durability == LocalPostgresDurability.Throwaway)
        {
            serverOptions += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        }

        var result = await account.RunAsync(binaries.PgCtl,
        [
            "start", "--pgdata", ClusterDirectory, "--log", LogFile,
            "--wait", "--timeout", StartTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
            "-o", serverOptions,
        ], dataDirectory, ct);
        if (result.ExitCode == 0)
        {
            return true;
        }

        var logTail = ReadLogTail();
        if (logTail.Contains("could not bind", StringComparison.Ordinal)
            || logTail.Contains("Address already in use", StringComparison.Ordinal))
        {
            return false;
        }

        throw new InvalidOperationException(
            $"pg_ctl could not start PostgreSQL on '{ClusterDirectory}' (exit code {result.ExitCode}): "
            + $"{result.StandardError.Trim()}{Environment.NewLine}Last lines of {LogFile}:{Environment.NewLine}{logTail}");
    }

    /// <summary>
    /// Stops the server and waits for it; quiet if it was not running. A durable server
    /// gets a fast shutdown (sessions ended, checkpoint written); a throwaway one an
    /// immediate one, because its folder is about to be deleted anyway.
    /// </summary>
    public async Task StopAsync(CancellationToken ct)
    {
        var mode = durability == LocalPostgresDurability.Throwaway ? "immediate" : "fast";
        var stop = await account.RunAsync(binaries.PgCtl,
            ["stop", "--pgdata", ClusterDirectory, "--mode", mode, "--wait",
             "--timeout", StartTimeoutSeconds.ToString(CultureInfo.InvariantCulture)], dataDirectory, ct);
        if (stop.ExitCode == 0 || await FindRunningPortAsync(ct) is null)
        {
            return;
        }

        throw new InvalidOperationException(
            $"pg_ctl could not stop PostgreSQL on '{ClusterDirectory}' (exit code {stop.ExitCode}): {stop.StandardError.Trim()}");
    }

    private string ReadLogTail()
    {
        try
        {
            return string.Join(Environment.NewLine, File.ReadLines(LogFile).TakeLast(LogTailLines));
        }
        catch (IOException ex)
        {
            return $"(log unavailable: {ex.Message})";
        }
        catch (UnauthorizedAccessException ex)
        {
            return $"(log unavailable: {ex.Message})";
        }
    }
}
