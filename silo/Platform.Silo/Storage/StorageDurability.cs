namespace Platform.Silo.Storage;

/// <summary>
/// Refuses a PostgreSQL that could lose or corrupt acknowledged writes in a crash:
/// <c>fsync</c>, <c>full_page_writes</c> or <c>synchronous_commit</c> off. A silo reports a
/// write as done once PostgreSQL commits it; on such a server "committed" is only a hope.
/// </summary>
/// <remarks>
/// The settings are read as the platform's own session sees them, so a per-database or
/// per-role <c>ALTER ... SET synchronous_commit = off</c> is caught too. Throwaway servers
/// (tests) pass <c>Storage:AllowUnsafeDurability=true</c>, and the silo then says so at start.
/// </remarks>
public static class StorageDurability
{
    /// <summary>The setting that lets a silo start on an unsafe server anyway (tests, throwaway runs).</summary>
    public const string AllowUnsafeSetting = "Storage:AllowUnsafeDurability";

    /// <summary>The server settings that must not be <c>off</c>.</summary>
    public static IReadOnlyList<string> CheckedSettings { get; } = ["fsync", "full_page_writes", "synchronous_commit"];

    /// <summary>Returns the checked settings that are off on the server, empty when it is safe.</summary>
    public static async Task<IReadOnlyList<string>> FindUnsafeSettingsAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var unsafeSettings = new List<string>();
        foreach (var name in CheckedSettings)
        {
            await using var command = new NpgsqlCommand("SELECT current_setting(@name)", connection);
            command.Parameters.AddWithValue("name", name);
            var value = (string?)await command.ExecuteScalarAsync(ct);
            if (string.Equals(value, "off", StringComparison.OrdinalIgnoreCase))
            {
                unsafeSettings.Add(name);
            }
        }

        return unsafeSettings;
    }

    /// <summary>
    /// Throws <see cref="PrerequisiteMissingException"/> when the server is unsafe, unless
    /// <paramref name="allowUnsafe"/>; then it only warns.
    /// </summary>
    public static async Task EnsureSafeAsync(string connectionString, bool allowUnsafe, ILogger logger, CancellationToken ct)
    {
        var off = await FindUnsafeSettingsAsync(connectionString, ct);
        if (off.Count == 0)
        {
            return;
        }

        var list = string.Join(", ", off.Select(s => $"{s}=off"));
        if (allowUnsafe)
        {
            logger.LogWarning(
                "UNSAFE STORAGE: PostgreSQL runs with {Settings}; a crash of its machine can lose acknowledged writes. Allowed by {Flag}.",
                list, AllowUnsafeSetting);
            return;
        }

        throw new PrerequisiteMissingException(
            $"PostgreSQL runs with {list}: a crash could lose or corrupt writes the platform has already confirmed. " +
            $"Turn them on in postgresql.conf (or remove the ALTER DATABASE/ROLE ... SET that turns them off), " +
            $"or, for a throwaway server only, start with --{AllowUnsafeSetting}=true.");
    }
}
