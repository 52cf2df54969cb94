namespace Platform.Tests.Security;

/// <summary>
/// Looks for strings everywhere a database keeps bytes: every column of every table (raw and
/// as row text) and, after a checkpoint, the database's files and the recent write-ahead log.
/// </summary>
internal static class DatabaseScan
{
    /// <summary>
    /// Returns where any of <paramref name="needles"/> was found (empty: nowhere): every row, then,
    /// after a checkpoint, every file under each of <paramref name="folders"/> (for a server of
    /// the test's own: its whole cluster with every database's files, all of the write-ahead log
    /// and the server log; the platform's data folder).
    /// </summary>
    public static async Task<List<string>> FindEverywhereAsync(string connectionString, IReadOnlyList<string> needles, params string[] folders)
    {
        var found = await FindAsync(connectionString, needles, DateTime.UtcNow);
        var byteNeedles = needles.Select(Encoding.UTF8.GetBytes).ToList();
        var scanned = 0;
        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                byte[] bytes;
                try
                {
                    bytes = await File.ReadAllBytesAsync(file);
                }
                catch (IOException)
                {
                    // A file the server removed or is renaming as we list (a temporary stats file).
                    continue;
                }

                scanned++;
                if (byteNeedles.Any(n => bytes.AsSpan().IndexOf(n) >= 0))
                {
                    found.Add($"file {file}");
                }
            }
        }

        Assert.True(scanned > 0, "no file was scanned, so the file check would prove nothing");
        return found;
    }

    /// <summary>Returns where any of <paramref name="needles"/> was found (empty: nowhere).</summary>
    public static async Task<List<string>> FindAsync(string connectionString, IReadOnlyList<string> needles, DateTime since)
    {
        // Row text shows bytea as hex, so look for the hex of each needle too.
        var textNeedles = needles.Concat(needles.Select(n => Convert.ToHexStringLower(Encoding.UTF8.GetBytes(n)))).ToList();
        var byteNeedles = needles.Select(Encoding.UTF8.GetBytes).ToList();
        var found = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        foreach (var table in await ListAsync(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"))
        {
            await using (var command = new NpgsqlCommand($"SELECT t::text, t.* FROM \"{table}\" t", connection))
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    for (var column = 0; column < reader.FieldCount; column++)
                    {
                        var hit = await reader.IsDBNullAsync(column) ? false : reader.GetValue(column) switch
                        {
                            byte[] bytes => byteNeedles.Any(n => bytes.AsSpan().IndexOf(n) >= 0),
                            var value => textNeedles.Any(n => (Convert.ToString(value) ?? "").Contains(n, StringComparison.OrdinalIgnoreCase)),
                        };
                        if (hit)
                        {
                            found.Add($"table {table}, column {reader.GetName(column)}");
                        }
                    }
                }
            }
        }

        await ExecuteAsync(connection, "CHECKPOINT");
        var dataDirectory = (await ListAsync(connection, "SHOW data_directory"))[0];
        var databaseOid = (await ListAsync(connection, "SELECT oid::text FROM pg_database WHERE datname = current_database()"))[0];
        var files = Directory.EnumerateFiles(Path.Combine(dataDirectory, "base", databaseOid))
            .Concat(Directory.EnumerateFiles(Path.Combine(dataDirectory, "pg_wal")).Where(f => File.GetLastWriteTimeUtc(f) >= since.AddSeconds(-2)));
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            if (byteNeedles.Any(n => bytes.AsSpan().IndexOf(n) >= 0))
            {
                found.Add($"file {Path.GetRelativePath(dataDirectory, file)}");
            }
        }

        return found;
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
