namespace Platform.Silo.Audit;

/// <summary>
/// Gives local runs what production gets from its operator: a LOGIN role that is a member of
/// <c>platform_app</c> and nothing more, for audit writes. So even on a developer's machine
/// the audit log is written by a role that cannot UPDATE, DELETE or TRUNCATE it.
/// </summary>
public static class AuditWriterLogin
{
    /// <summary>The login the local platform writes audit entries as.</summary>
    public const string LocalRoleName = "platform_audit_writer";

    /// <summary>The file, in the data folder, holding <see cref="LocalRoleName"/>'s password.</summary>
    public const string PasswordFileName = "platform-audit-password";

    /// <summary>The NOLOGIN role the schema grants the audit privileges to.</summary>
    public const string GroupRole = "platform_app";

    /// <summary>
    /// Makes sure <paramref name="roleName"/> can log in with the password in
    /// <paramref name="passwordFile"/>, holds only <c>platform_app</c>, and returns the owner's
    /// connection string with that login instead (<see cref="DatabaseLogin.EnsureAsync"/>).
    /// </summary>
    public static Task<string> EnsureAsync(string ownerConnectionString, string roleName, string passwordFile, CancellationToken ct) =>
        DatabaseLogin.EnsureAsync(ownerConnectionString, roleName, GroupRole, passwordFile, ct);
}
