namespace Platform.Silo.Audit;

/// <summary>
/// The login audit entries are written with, chosen as the host starts, once the platform's
/// database is open: <c>ConnectionStrings:PlatformAudit</c>; for the local server,
/// <see cref="AuditWriterLogin.LocalRoleName"/>, provisioned here by the local superuser (the
/// silo's own login may not create roles); otherwise the platform's own connection, with a
/// warning, since that role can usually change the table (the trigger still refuses, but an
/// owner can disable it).
/// </summary>
public sealed class AuditWriterConnection(PlatformConnection platform, IConfiguration configuration, ILogger<AuditWriterConnection> logger) : IHostedLifecycleService
{
    private volatile string? connectionString;

    /// <summary>The audit writer's connection string (its pool size applied).</summary>
    /// <exception cref="InvalidOperationException">Read before the host has started.</exception>
    public string ConnectionString => connectionString
        ?? throw new InvalidOperationException("The audit log's login is chosen when the host starts, after the platform database is open.");

    /// <inheritdoc />
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (platform.ConnectionString is not { } platformConnectionString)
        {
            return; // in memory: the in-memory audit log needs no login
        }

        var configured = configuration.GetConnectionString(AuditServiceCollectionExtensions.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            connectionString = ConnectionBudget.ForAudit(configured, configuration);
        }
        else if (platform.LocalServer is { } local)
        {
            var superuser = new Npgsql.NpgsqlConnectionStringBuilder(local.ConnectionString)
            {
                Database = new Npgsql.NpgsqlConnectionStringBuilder(platformConnectionString).Database,
            }.ConnectionString;
            var writer = await AuditWriterLogin.EnsureAsync(superuser, AuditWriterLogin.LocalRoleName,
                Path.Combine(local.DataDirectory, AuditWriterLogin.PasswordFileName), cancellationToken);
            connectionString = ConnectionBudget.ForAudit(writer, configuration);
        }
        else
        {
            logger.LogWarning(
                "Audit entries are written with the platform's own database connection. Set ConnectionStrings:{Name} to a " +
                "login that is a member of platform_app (and nothing else), so the platform cannot change its audit log.",
                AuditServiceCollectionExtensions.ConnectionStringName);
            connectionString = platformConnectionString;
        }
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
