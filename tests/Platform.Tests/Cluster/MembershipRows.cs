namespace Platform.Tests.Cluster;

/// <summary>Reads the cluster membership table the silos share.</summary>
public static class MembershipRows
{
    /// <summary>Orleans' SiloStatus.Active.</summary>
    public const int Active = 3;

    /// <summary>Orleans' SiloStatus.Dead.</summary>
    public const int Dead = 6;

    /// <summary>The latest status of the silo listening on <paramref name="siloPort"/>, or null when it has no row.</summary>
    public static async Task<int?> StatusAsync(string connectionString, int siloPort)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT status FROM cluster_member WHERE port = @port ORDER BY generation DESC LIMIT 1", connection);
        command.Parameters.AddWithValue("port", siloPort);
        return await command.ExecuteScalarAsync() is int status ? status : null;
    }

    /// <summary>Polls until the silo on <paramref name="siloPort"/> is declared dead; returns how long that took.</summary>
    public static async Task<TimeSpan> WaitUntilDeadAsync(string connectionString, int siloPort, DateTime since, TimeSpan timeout)
    {
        while (DateTime.UtcNow - since < timeout)
        {
            if (await StatusAsync(connectionString, siloPort) == Dead)
            {
                return DateTime.UtcNow - since;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The silo on port {siloPort} was not declared dead within {timeout}.");
    }
}
