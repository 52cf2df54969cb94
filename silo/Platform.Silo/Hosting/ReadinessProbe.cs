using Platform.Silo.DirectorySeeding;

namespace Platform.Silo.Hosting;

/// <summary>
/// Whether this silo should get traffic: the directory is loaded, the silo is an active
/// cluster member, PostgreSQL answers, its master key unwraps the stored tenant data keys,
/// the process is not shutting down, and it has not been refusing requests for a while
/// (saturated: traffic is better sent to the other silos until it catches up).
/// </summary>
public sealed class ReadinessProbe(
    DirectoryReadiness directory,
    KeyUnwrapCheck masterKey,
    PlatformConnection connection,
    IClusterMembershipService membership,
    ILocalSiloDetails silo,
    IHostApplicationLifetime lifetime,
    Platform.GraphQL.Http.Limits.GraphQLConcurrencyGate concurrency)
{
    // A probe that waits longer than the orchestrator's own timeout helps nobody.
    private const int DatabaseTimeoutSeconds = 2;

    private readonly string? _probeConnectionString = connection.ConnectionString is null
        ? null
        : new NpgsqlConnectionStringBuilder(connection.ConnectionString)
        {
            Timeout = DatabaseTimeoutSeconds,
            CommandTimeout = DatabaseTimeoutSeconds,
            ApplicationName = "platform-readiness",
        }.ConnectionString;

    /// <summary>Runs the checks; each entry names a check and whether it passed.</summary>
    public async Task<ReadinessReport> CheckAsync(CancellationToken ct)
    {
        var stopping = lifetime.ApplicationStopping.IsCancellationRequested;
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        var database = await DatabaseAnswersAsync(ct);
        var problem = database ? await masterKey.ProblemAsync(ct) : null;
        var saturated = concurrency.IsSaturated;
        return new ReadinessReport(
            Ready: !stopping && !saturated && directory.IsReady && status == SiloStatus.Active && database && problem is null,
            Stopping: stopping,
            Directory: directory.IsReady,
            Silo: status.ToString(),
            Database: database,
            MasterKey: problem is null,
            Problem: problem,
            Saturated: saturated);
    }

    private async Task<bool> DatabaseAnswersAsync(CancellationToken ct)
    {
        if (_probeConnectionString is null)
        {
            return true; // in-memory run: nothing to reach
        }

        try
        {
            await using var db = new NpgsqlConnection(_probeConnectionString);
            await db.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT 1", db);
            await command.ExecuteScalarAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return false;
        }
    }
}
