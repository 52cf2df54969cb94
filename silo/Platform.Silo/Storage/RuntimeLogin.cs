namespace Platform.Silo.Storage;

/// <summary>
/// Two logins to one database: the owner (<c>ConnectionStrings:PlatformMigrations</c>) creates
/// and upgrades the schema and grants <see cref="GroupRole"/> what the silo needs; the silo runs
/// as <c>ConnectionStrings:Platform</c>, a member of <see cref="GroupRole"/> that owns nothing, so
/// it cannot ALTER, DROP or TRUNCATE a table, switch the audit trigger off, or change the audit
/// log. The local server gets the same arrangement: the superuser applies the schema and the
/// silo runs as <see cref="LocalRoleName"/>, created at start.
/// </summary>
public static class RuntimeLogin
{
    /// <summary>The connection string name of the owner login that applies the schema.</summary>
    public const string MigrationsConnectionName = "PlatformMigrations";

    /// <summary>Lets a Production silo run as the schema owner or a superuser anyway.</summary>
    public const string AllowOwnerSetting = "Storage:AllowOwnerLogin";

    /// <summary>The NOLOGIN role holding the runtime privileges (<c>030_runtime_role.sql</c>).</summary>
    public const string GroupRole = "platform_runtime";

    /// <summary>The login the silo runs as on its own local server.</summary>
    public const string LocalRoleName = "platform_silo";

    /// <summary>The file, in the data folder, holding <see cref="LocalRoleName"/>'s password.</summary>
    public const string PasswordFileName = "platform-silo-password";

    /// <summary>
    /// Applies the schema as the owner, creates the local runtime login when the server is our
    /// own, checks durability and ownership as the runtime login, and returns its connection string.
    /// </summary>
    /// <param name="configuration">The settings (<see cref="StorageDurability.AllowUnsafeSetting"/>, <see cref="AllowOwnerSetting"/>).</param>
    /// <param name="production">Whether the host runs in Production: an owner login is refused there.</param>
    /// <param name="runtime">The configured runtime connection string, or null with <paramref name="local"/>.</param>
    /// <param name="migrations">The configured owner connection string, or null.</param>
    /// <param name="local">The server this process started, or null.</param>
    /// <param name="logger">Told about an owner login outside Production.</param>
    /// <param name="ct">Cancels start-up.</param>
    public static async Task<string> PrepareAsync(
        IConfiguration configuration, bool production, string? runtime, string? migrations, LocalPostgres? local, ILogger logger, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var owner = !string.IsNullOrWhiteSpace(migrations) ? migrations : local?.ConnectionString ?? runtime
            ?? throw new ArgumentException("No connection string and no local server.", nameof(runtime));
        await StorageSchema.ApplyAsync(owner, ct);
        if (local is not null && string.IsNullOrWhiteSpace(runtime))
        {
            runtime = await DatabaseLogin.EnsureAsync(local.ConnectionString, LocalRoleName, GroupRole,
                Path.Combine(local.DataDirectory, PasswordFileName), ct);
        }

        await StorageDurability.EnsureSafeAsync(runtime!, configuration.GetValue<bool>(StorageDurability.AllowUnsafeSetting), logger, ct);
        var owns = await FindOwnershipAsync(runtime!, ct);
        if (owns is null)
        {
            return runtime!;
        }

        var allow = configuration.GetValue<bool>(AllowOwnerSetting);
        if (production && !allow)
        {
            throw new PrerequisiteMissingException(
                $"The runtime login (ConnectionStrings:Platform) {owns}: it could switch the audit trigger off and drop or rewrite tables. " +
                $"Set ConnectionStrings:{MigrationsConnectionName} (ConnectionStrings__{MigrationsConnectionName}) to the owner login, and " +
                $"ConnectionStrings:Platform to a login that is a member of {GroupRole} and owns nothing " +
                $"(CREATE ROLE platform_silo LOGIN PASSWORD '...' IN ROLE {GroupRole}); or, on purpose, {AllowOwnerSetting}=true.");
        }

        logger.LogWarning(
            "The runtime login (ConnectionStrings:Platform) {Owns}. Set ConnectionStrings:{Migrations} to the owner and ConnectionStrings:Platform to a member of {Group} that owns nothing.",
            owns, MigrationsConnectionName, GroupRole);
        return runtime!;
    }

    /// <summary>
    /// Says how the login of <paramref name="connectionString"/> could change the schema (a
    /// superuser; owns, or is a member of the owner of, the schema or a table in it), or null.
    /// </summary>
    public static async Task<string?> FindOwnershipAsync(string connectionString, CancellationToken ct)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(unpooled);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("""
            WITH ns AS (SELECT relnamespace AS oid FROM pg_class WHERE oid = to_regclass('platform_schema_version'))
            SELECT r.rolsuper,
                   (SELECT n.nspname FROM pg_namespace n JOIN ns ON ns.oid = n.oid
                     WHERE pg_has_role(current_user, n.nspowner, 'MEMBER')),
                   (SELECT string_agg(c.relname, ', ' ORDER BY c.relname) FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
                     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND pg_has_role(current_user, c.relowner, 'MEMBER'))
              FROM pg_roles r WHERE r.rolname = current_user
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        if (reader.GetBoolean(0))
        {
            return "is a superuser";
        }

        if (!reader.IsDBNull(1))
        {
            return $"owns the schema {reader.GetString(1)}";
        }

        return reader.IsDBNull(2) ? null : $"owns the tables {reader.GetString(2)}";
    }
}
