namespace Platform.Silo.Storage;

/// <summary>
/// The operating-system account the PostgreSQL programs run as. <c>initdb</c> and
/// <c>postgres</c> refuse to run as root, so a silo running as root (typical in a
/// container) runs them as the <c>postgres</c> system user through <c>runuser</c>.
/// </summary>
internal sealed class PostgresServerAccount
{
    /// <summary>The system user that owns the cluster when the silo runs as root.</summary>
    public const string SystemUser = "postgres";

    private readonly string? runUser;

    private PostgresServerAccount(string? runUser) => this.runUser = runUser;

    /// <summary>Whether commands are run as <see cref="SystemUser"/> instead of the current user.</summary>
    public bool RunsAsSystemUser => runUser is not null;

    /// <summary>
    /// The account for this process: itself when it is an ordinary user, otherwise
    /// <see cref="SystemUser"/> after checking that the system can switch to it.
    /// </summary>
    /// <exception cref="PrerequisiteMissingException">Running as root without runuser or a postgres user.</exception>
    public static PostgresServerAccount ForCurrentProcess()
    {
        if (!IsRoot())
        {
            return new PostgresServerAccount(null);
        }

        var runUser = new[] { "/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser", "/bin/runuser" }
            .FirstOrDefault(File.Exists) ?? throw new PrerequisiteMissingException(
                "The silo runs as root, and PostgreSQL refuses to; starting it as the 'postgres' user needs "
                + "`runuser` (package util-linux). Install it, or run the silo as an ordinary user.");

        if (!File.Exists("/etc/passwd") || !File.ReadLines("/etc/passwd").Any(line => line.StartsWith(SystemUser + ":", StringComparison.Ordinal)))
        {
            throw new PrerequisiteMissingException(
                "The silo runs as root, and PostgreSQL refuses to; it needs a 'postgres' system user to run as. "
                + "Installing the server (`sudo apt-get install -y postgresql`) creates it, or run "
                + "`useradd --system --home-dir /var/lib/postgresql postgres`; or run the silo as an ordinary user.");
        }

        return new PostgresServerAccount(runUser);
    }

    /// <summary>Runs a program as this account, throwing with its stderr when it fails.</summary>
    public Task<ProcessRunner.Result> RunCheckedAsync(
        string fileName, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken ct) =>
        runUser is null
            ? ProcessRunner.RunCheckedAsync(fileName, arguments, workingDirectory, ct)
            : ProcessRunner.RunCheckedAsync(runUser, ["-u", SystemUser, "--", fileName, .. arguments], workingDirectory, ct);

    /// <summary>Runs a program as this account and returns its result whatever the exit code.</summary>
    public Task<ProcessRunner.Result> RunAsync(
        string fileName, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken ct) =>
        runUser is null
            ? ProcessRunner.RunAsync(fileName, arguments, workingDirectory, ct)
            : ProcessRunner.RunAsync(runUser, ["-u", SystemUser, "--", fileName, .. arguments], workingDirectory, ct);

    /// <summary>
    /// Hands the given paths to this account (recursively), so that files created by the
    /// root process can be read and written by the server. Nothing to do for an ordinary user.
    /// </summary>
    public async Task TakeOwnershipAsync(IReadOnlyList<string> paths, string workingDirectory, CancellationToken ct)
    {
        if (runUser is null)
        {
            return;
        }

        await ProcessRunner.RunCheckedAsync("chown", ["-R", $"{SystemUser}:{SystemUser}", .. paths], workingDirectory, ct);

        // Every parent folder must be traversable by postgres; a data folder under /root
        // is not. Ask the system rather than reasoning about modes, owners and ACLs.
        var probe = await RunAsync("test", ["-w", paths[0]], workingDirectory, ct);
        if (probe.ExitCode != 0)
        {
            throw new PrerequisiteMissingException(
                $"The '{SystemUser}' user cannot reach '{paths[0]}'. Every parent folder must be traversable "
                + "by it (e.g. `chmod o+x` on each), or choose a data folder such as /var/lib/platform.");
        }
    }

    private static bool IsRoot()
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        if (Environment.UserName == "root")
        {
            return true;
        }

        // The effective uid, for a root account with another name (Linux only).
        const string Status = "/proc/self/status";
        var uidLine = File.Exists(Status)
            ? File.ReadLines(Status).FirstOrDefault(line => line.StartsWith("Uid:", StringComparison.Ordinal))
            : null;
        var fields = uidLine?.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
        return fields is { Length: > 2 } && fields[2] == "0";
    }
}
