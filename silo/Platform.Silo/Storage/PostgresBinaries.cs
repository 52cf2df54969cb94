namespace Platform.Silo.Storage;

/// <summary>
/// Where the PostgreSQL server programs (<c>initdb</c>, <c>pg_ctl</c>, <c>postgres</c>) live.
/// </summary>
/// <param name="InitDb">Full path of <c>initdb</c>.</param>
/// <param name="PgCtl">Full path of <c>pg_ctl</c>; it starts the <c>postgres</c> beside it.</param>
internal sealed record PostgresBinaries(string InitDb, string PgCtl)
{
    /// <summary>Environment variable naming the folder that holds the binaries.</summary>
    public const string BinFolderVariable = "PLATFORM_PG_BIN";

    /// <summary>What to do when the binaries are missing; shown to whoever starts the silo.</summary>
    public const string InstallHint =
        "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found. Install them: on Debian/Ubuntu "
        + "`sudo apt-get install -y postgresql`, on macOS `brew install postgresql@15`; or set "
        + $"{BinFolderVariable} to the folder that holds them; or set ConnectionStrings:Platform to an existing server.";

    // Package layouts that keep the server programs off PATH: Debian/Ubuntu, RHEL (PGDG)
    // and Homebrew's keg-only postgresql@N formulas.
    private static readonly string[] VersionedRoots =
    [
        "/usr/lib/postgresql/*/bin",
        "/usr/pgsql-*/bin",
        "/opt/homebrew/opt/postgresql@*/bin",
        "/usr/local/opt/postgresql@*/bin",
    ];

    /// <summary>
    /// Finds the binaries: <c>PLATFORM_PG_BIN</c> if set, else <c>PATH</c>, else the highest
    /// version in the usual package folders.
    /// </summary>
    /// <exception cref="PrerequisiteMissingException">No folder holds all three programs.</exception>
    public static PostgresBinaries Locate()
    {
        var configured = Environment.GetEnvironmentVariable(BinFolderVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // An explicit setting that is wrong should fail loudly, not fall back silently.
            return FromFolder(configured) ?? throw new PrerequisiteMissingException(
                $"{BinFolderVariable} is set to '{configured}', but initdb, pg_ctl and postgres are not all there. {InstallHint}");
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(FromFolder)
            .FirstOrDefault(found => found is not null);

        return onPath ?? VersionedFolders().Select(FromFolder).FirstOrDefault(found => found is not null)
            ?? throw new PrerequisiteMissingException(InstallHint);
    }

    private static PostgresBinaries? FromFolder(string folder)
    {
        var initDb = Path.Combine(folder, ExecutableName("initdb"));
        var pgCtl = Path.Combine(folder, ExecutableName("pg_ctl"));
        var postgres = Path.Combine(folder, ExecutableName("postgres"));
        return File.Exists(initDb) && File.Exists(pgCtl) && File.Exists(postgres)
            ? new PostgresBinaries(Path.GetFullPath(initDb), Path.GetFullPath(pgCtl))
            : null;
    }

    private static IEnumerable<string> VersionedFolders() => VersionedRoots
        .SelectMany(ExpandVersionWildcard)
        .OrderByDescending(candidate => candidate.Version)
        .Select(candidate => candidate.Folder);

    private static IEnumerable<(string Folder, Version Version)> ExpandVersionWildcard(string pattern)
    {
        // The single '*' sits in one path segment, e.g. /usr/lib/postgresql/*/bin.
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        var parent = Path.GetDirectoryName(pattern[..star])!;
        var segmentPrefix = pattern[(parent.Length + 1)..star];
        var rest = pattern[(star + 1)..].TrimStart('/');
        if (!Directory.Exists(parent))
        {
            yield break;
        }

        foreach (var directory in Directory.EnumerateDirectories(parent, segmentPrefix + "*"))
        {
            var versionText = Path.GetFileName(directory)[segmentPrefix.Length..];
            var normalized = versionText.Contains('.', StringComparison.Ordinal) ? versionText : versionText + ".0";
            if (Version.TryParse(normalized, out var version))
            {
                yield return (Path.Combine(directory, rest), version);
            }
        }
    }

    private static string ExecutableName(string name) => OperatingSystem.IsWindows() ? name + ".exe" : name;
}
