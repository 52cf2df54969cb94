using System.Security.Cryptography;
using Npgsql;

namespace Platform.Benchmarks;

/// <summary>
/// The PostgreSQL the silo started in its data folder, reached directly with Npgsql: the
/// server in <c>pg/</c> (its port is line 4 of <c>postmaster.pid</c>), user <c>postgres</c>
/// with the password in <c>platform-db-password</c>, database <c>platform</c>.
/// </summary>
internal sealed class SiloDatabase : IAsyncDisposable
{
    private const string ScratchTable = "bench_inserts";

    private readonly NpgsqlDataSource dataSource;

    private SiloDatabase(NpgsqlDataSource dataSource) => this.dataSource = dataSource;

    /// <summary>Connects to the PostgreSQL of the silo running on <paramref name="dataFolder"/>.</summary>
    public static SiloDatabase Open(string dataFolder)
    {
        var pidFile = Path.Combine(dataFolder, "pg", "postmaster.pid");
        var lines = File.Exists(pidFile) ? File.ReadAllLines(pidFile) : [];
        if (lines.Length < 4 || !int.TryParse(lines[3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            throw new InvalidOperationException($"No running PostgreSQL with a port in {pidFile}.");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Password = File.ReadAllText(Path.Combine(dataFolder, "platform-db-password")).Trim(),
            Database = "platform",
            MaxPoolSize = 64,
            // As the silo's pools (ConnectionBudget): the baseline gets what the silo gets.
            NoResetOnClose = true,
            MaxAutoPrepare = 20,
        };
        return new SiloDatabase(NpgsqlDataSource.Create(builder.ConnectionString));
    }

    /// <summary>The server's current value of setting <paramref name="name"/>, as <c>SHOW</c> prints it.</summary>
    public async Task<string> SettingAsync(string name, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("SELECT current_setting($1)");
        command.Parameters.AddWithValue(name);
        return (string?)await command.ExecuteScalarAsync(ct) ?? "";
    }

    /// <summary>The mean stored (encrypted) state size of case grains, in bytes.</summary>
    public async Task<double> AverageCasePayloadBytesAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT avg(octet_length(payload))::float8 FROM grain_state WHERE grain_type = 'case'");
        return await command.ExecuteScalarAsync(ct) is double bytes
            ? bytes
            : throw new InvalidOperationException("No case state in grain_state: the GraphQL phase stored nothing.");
    }

    /// <summary>Creates the empty scratch table <c>bench_inserts(id bigserial, payload bytea)</c>.</summary>
    public async Task CreateScratchTableAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            $"DROP TABLE IF EXISTS {ScratchTable}; CREATE TABLE {ScratchTable} (id bigserial, payload bytea)");
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Drops the scratch table again.</summary>
    public async Task DropScratchTableAsync(CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"DROP TABLE IF EXISTS {ScratchTable}");
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// One plain insert of <paramref name="payloadBytes"/> random bytes (encrypted state is
    /// random-looking too, so neither compresses), in its own implicit transaction, under the
    /// server's <c>synchronous_commit</c>.
    /// </summary>
    public async Task InsertAsync(int payloadBytes, CancellationToken ct)
    {
        var payload = RandomNumberGenerator.GetBytes(payloadBytes);
        await using var command = dataSource.CreateCommand($"INSERT INTO {ScratchTable} (payload) VALUES ($1)");
        command.Parameters.AddWithValue(payload);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// What the database has written so far, read exactly (no statistics collector, whose
    /// counters lag): the next transaction id (so the difference of two readings counts the
    /// writing transactions, each one commit), the stored versions of each grain state name
    /// (each write of a state adds one), and the rows of the audit log.
    /// </summary>
    public async Task<WriteCounters> WriteCountersAsync(CancellationToken ct)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            "SELECT regexp_replace(grain_type, '-[0-9]+$', '-N'), sum(version)::bigint FROM grain_state GROUP BY 1"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT count(*) FROM audit_log"));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var nextTransaction = reader.GetInt64(0);
        await reader.NextResultAsync(ct);
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            versions[reader.GetString(0)] = reader.GetInt64(1);
        }

        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        return new WriteCounters(nextTransaction, versions, reader.GetInt64(0));
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
