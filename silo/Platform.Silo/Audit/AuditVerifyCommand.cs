using Microsoft.Extensions.Logging.Console;

namespace Platform.Silo.Audit;

/// <summary>
/// <c>audit verify [--tenant CODE] [--connection-string CS] [--data-dir DIR] [--master-key-file FILE]</c>:
/// walks every tenant's audit chain (or one), recomputes each MAC here with the audit key derived
/// from the master key (never from the database), checks every chain against its head and the
/// roster, and prints OK with the counts or the first broken entry. Exit code 0 when intact, 1 when
/// broken, 2 for a usage error, 3 when PostgreSQL is not installed.
/// </summary>
public static class AuditVerifyCommand
{
    /// <summary>Runs the verb (the arguments after <c>audit verify</c>); returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        string? tenant = null, connectionString = null, dataDir = null, keyFile = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--tenant" when !string.IsNullOrWhiteSpace(value): tenant = value; i++; break;
                case "--connection-string" when !string.IsNullOrWhiteSpace(value): connectionString = value; i++; break;
                case "--data-dir" when !string.IsNullOrWhiteSpace(value): dataDir = value; i++; break;
                case "--master-key-file" when !string.IsNullOrWhiteSpace(value): keyFile = value; i++; break;
                default:
                    await error.WriteLineAsync($"Unknown or incomplete option '{args[i]}'.");
                    await error.WriteLineAsync("usage: audit verify [--tenant CODE] [--connection-string CS] [--data-dir DIR] [--master-key-file FILE]");
                    return 2;
            }
        }

        try
        {
            var folder = Path.GetFullPath(dataDir ?? Environment.GetEnvironmentVariable("Platform__DataDirectory") ?? ".data");
            if (LoadKey(keyFile, folder) is not { } key)
            {
                await error.WriteLineAsync(
                    $"No master key: pass --master-key-file, set Security__MasterKey or Security__MasterKeyFile, or --data-dir a folder with keys/master.key. "
                    + "The audit chains are keyed with it; without it they cannot be verified.");
                return 2;
            }

            connectionString ??= Environment.GetEnvironmentVariable("ConnectionStrings__Platform");
            if (!string.IsNullOrWhiteSpace(connectionString))
            {
                return await VerifyAsync(connectionString, tenant, key, output, ct);
            }

            return await VerifyLocalAsync(folder, tenant, key, output, error, ct);
        }
        catch (PrerequisiteMissingException missing)
        {
            await error.WriteLineAsync(missing.Message);
            return 3;
        }
    }

    // The key the platform uses, from the same settings; never created here (a new key would verify nothing).
    private static AuditChainKey? LoadKey(string? keyFile, string folder)
    {
        var settings = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        if (keyFile is not null)
        {
            settings[KeyEncryptionKey.KeySetting] = null;
            settings[KeyEncryptionKey.FileSetting] = keyFile;
        }
        else if (string.IsNullOrEmpty(settings[KeyEncryptionKey.KeySetting]) && string.IsNullOrEmpty(settings[KeyEncryptionKey.FileSetting])
            && !File.Exists(Path.Combine(folder, "keys", "master.key")))
        {
            return null;
        }

        return AuditChainKey.From(KeyEncryptionKey.Load(settings, folder));
    }

    private static async Task<int> VerifyLocalAsync(string folder, string? tenant, AuditChainKey key, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!Directory.Exists(Path.Combine(folder, "pg")))
        {
            await error.WriteLineAsync($"No local PostgreSQL in '{folder}'. Pass --data-dir (the silo's data folder) or --connection-string.");
            return 2;
        }

        // A platform running on this folder keeps its server; one we start here we stop again.
        var wasRunning = File.Exists(Path.Combine(folder, "pg", "postmaster.pid"));
        using var logging = LoggerFactory.Create(l => l
            .SetMinimumLevel(LogLevel.Warning)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        var server = await LocalPostgres.StartAsync(folder, logging.CreateLogger("Platform.Silo.Storage"), ct);
        try
        {
            return await VerifyAsync(server.ConnectionString, tenant, key, output, ct);
        }
        finally
        {
            if (!wasRunning)
            {
                await server.StopAsync();
            }
        }
    }

    private static async Task<int> VerifyAsync(string connectionString, string? tenant, AuditChainKey key, TextWriter output, CancellationToken ct)
    {
        if (!await HasAuditLogAsync(connectionString, ct))
        {
            await output.WriteLineAsync("audit verify: OK, nothing to verify (this database has no audit_log table yet).");
            return 0;
        }

        await using var log = new PostgresAuditLog(connectionString, key);
        var result = await log.VerifyAsync(tenant, ct);
        await output.WriteLineAsync(Describe(result, tenant));
        return result.IsIntact ? 0 : 1;
    }

    /// <summary>The one-line report printed for <paramref name="result"/>.</summary>
    public static string Describe(AuditVerification result, string? tenant)
    {
        ArgumentNullException.ThrowIfNull(result);
        var scope = tenant is null ? $"{result.TenantsChecked} tenant(s)" : $"tenant {tenant}";
        if (result.FirstBreak is not { } broken)
        {
            return $"audit verify: OK, {scope}, {result.EntriesChecked} entries, every chain intact.";
        }

        return $"audit verify: BROKEN at tenant {broken.TenantCode}, sequence {broken.Sequence}: {broken.Reason}. "
            + $"{result.BrokenTenants} broken chain(s) among {scope}, {result.EntriesChecked} entries read.";
    }

    private static async Task<bool> HasAuditLogAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT to_regclass('audit_log') IS NOT NULL", connection);
        return await command.ExecuteScalarAsync(ct) is true;
    }
}
