using System.Text.RegularExpressions;

namespace Platform.Silo.Storage;

/// <summary>
/// Gives local runs (and tests) what production gets from its operator: a LOGIN role that is a
/// member of one group role (<c>platform_app</c>, <c>platform_runtime</c>) and nothing more,
/// with a random password kept in the data folder.
/// </summary>
/// <remarks>
/// The password protects against the platform's own bugs, not against someone who can read
/// that folder.
/// </remarks>
public static partial class DatabaseLogin
{
    /// <summary>
    /// Makes sure <paramref name="roleName"/> can log in with the password in
    /// <paramref name="passwordFile"/> (created if missing), holds only <paramref name="groupRole"/>,
    /// and returns the owner's connection string with that login instead.
    /// </summary>
    /// <param name="ownerConnectionString">A role that may create roles (locally: the superuser).</param>
    /// <param name="roleName">Lower-case letters, digits and '_'.</param>
    /// <param name="groupRole">The existing NOLOGIN role it joins (same pattern).</param>
    /// <param name="passwordFile">Where the password is kept.</param>
    /// <param name="ct">Cancels the work.</param>
    public static Task<string> EnsureAsync(string ownerConnectionString, string roleName, string groupRole, string passwordFile, CancellationToken ct) =>
        EnsureWithPasswordAsync(ownerConnectionString, roleName, groupRole, ReadOrCreatePassword(passwordFile), ct);

    /// <summary>As <see cref="EnsureAsync"/>, with the password given (hex digits).</summary>
    public static async Task<string> EnsureWithPasswordAsync(string ownerConnectionString, string roleName, string groupRole, string password, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerConnectionString);
        if (!RoleNamePattern().IsMatch(roleName) || !RoleNamePattern().IsMatch(groupRole))
        {
            throw new ArgumentException("A role name here is lower-case letters, digits and '_'.", nameof(roleName));
        }

        if (!HexPattern().IsMatch(password))
        {
            throw new ArgumentException("The password here is hex digits.", nameof(password));
        }

        var writer = new NpgsqlConnectionStringBuilder(ownerConnectionString) { Username = roleName, Password = password }.ConnectionString;

        // Usually the role is already right and this is one connection; provision only when not.
        if (!await IsReadyAsync(writer, groupRole, ct))
        {
            await ProvisionAsync(ownerConnectionString, roleName, groupRole, password, ct);
        }

        return writer;
    }

    private static async Task<bool> IsReadyAsync(string writerConnectionString, string groupRole, CancellationToken ct)
    {
        try
        {
            // Unpooled: a pooled connection would skip the password check this is about.
            var unpooled = new NpgsqlConnectionStringBuilder(writerConnectionString) { Pooling = false }.ConnectionString;
            await using var connection = new NpgsqlConnection(unpooled);
            await connection.OpenAsync(ct);
            await using var check = new NpgsqlCommand(
                $"SELECT pg_has_role('{groupRole}', 'MEMBER') AND NOT rolsuper AND NOT rolbypassrls AND NOT rolcreaterole AND NOT rolcreatedb FROM pg_roles WHERE rolname = current_user",
                connection);
            return await check.ExecuteScalarAsync(ct) is true;
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            // No such role, another password, or no LOGIN: all mean "provision it".
            return false;
        }
    }

    private static async Task ProvisionAsync(string ownerConnectionString, string roleName, string groupRole, string password, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);

        // Two silos on one data folder would otherwise ALTER the same role at once
        // ("tuple concurrently updated"). Utility statements take no parameters: the role name
        // was checked against a strict pattern and the password is hex.
        await using var command = new NpgsqlCommand($"""
            SELECT pg_advisory_xact_lock(1098212468, hashtext('{roleName}'));
            DO $$
            BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{roleName}') THEN
                    BEGIN
                        CREATE ROLE "{roleName}" LOGIN;
                    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                    END;
                END IF;
            END
            $$;
            ALTER ROLE "{roleName}" WITH LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '{password}';
            GRANT "{groupRole}" TO "{roleName}";
            """, connection, transaction);
        await command.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static string ReadOrCreatePassword(string passwordFile)
    {
        if (File.Exists(passwordFile))
        {
            return ReadExisting(passwordFile);
        }

        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Created 0600 rather than chmod-ed afterwards, so it is never readable by others.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(passwordFile, options);
            writer.WriteLine(password);
            return password;
        }
        catch (IOException) when (File.Exists(passwordFile))
        {
            // Another process created it first; use theirs.
            return ReadExisting(passwordFile);
        }
    }

    private static string ReadExisting(string passwordFile)
    {
        // A file another process has just created may not hold its line yet.
        for (var attempt = 0; ; attempt++)
        {
            var password = File.ReadAllText(passwordFile).Trim();
            if (password.Length > 0 || attempt == 20)
            {
                return password.Length > 0 ? password : throw new InvalidOperationException($"The password file '{passwordFile}' is empty.");
            }

            Thread.Sleep(50);
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex RoleNamePattern();

    [GeneratedRegex("^[0-9a-f]{16,128}$")]
    private static partial Regex HexPattern();
}
