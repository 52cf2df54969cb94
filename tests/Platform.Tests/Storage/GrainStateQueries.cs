using System.Data;
using System.Globalization;

namespace Platform.Tests.Storage;

/// <summary>
/// Runs the grain-storage query texts stored in <c>OrleansQuery</c> the way
/// <c>AdoNetGrainStorage</c> does: same parameter names and <see cref="DbType"/>s, same
/// result columns, same reading of the returned version.
/// </summary>
internal sealed class GrainStateQueries
{
    private readonly string connectionString;
    private readonly Dictionary<string, string> texts;

    private GrainStateQueries(string connectionString, Dictionary<string, string> texts)
    {
        this.connectionString = connectionString;
        this.texts = texts;
    }

    /// <summary>Loads the query texts with the provider's own initialization query.</summary>
    public static async Task<GrainStateQueries> LoadAsync(string connectionString)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Orleans.Storage.AdoNetGrainStorage.DefaultInitializationQuery, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            texts[reader.GetString(reader.GetOrdinal("QueryKey"))] = reader.GetString(reader.GetOrdinal("QueryText"));
        }

        return new GrainStateQueries(connectionString, texts);
    }

    /// <summary>WriteToStorageKey: returns the new version as the provider reads it ("" for NULL, null for no row).</summary>
    public Task<string?> WriteAsync(GrainRow row, int? version, byte[] payload) =>
        ExecuteVersionQueryAsync("WriteToStorageKey", row, version, payload);

    /// <summary>ClearStorageKey: returns the new version as the provider reads it.</summary>
    public Task<string?> ClearAsync(GrainRow row, int? version) =>
        ExecuteVersionQueryAsync("ClearStorageKey", row, version, payload: null);

    /// <summary>DeleteStorageKey: returns the deleted version + 1 as the provider reads it.</summary>
    public Task<string?> DeleteAsync(GrainRow row, int? version) =>
        ExecuteVersionQueryAsync("DeleteStorageKey", row, version, payload: null);

    /// <summary>ReadFromStorageKey: the payload and version, or <see langword="null"/> when there is no row.</summary>
    public async Task<(byte[]? Payload, int? Version)?> ReadAsync(GrainRow row)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = CreateCommand(connection, "ReadFromStorageKey", row);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        var payloadOrdinal = reader.GetOrdinal("PayloadBinary");
        var versionOrdinal = reader.GetOrdinal("Version");
        var result = (reader.IsDBNull(payloadOrdinal) ? null : (byte[])reader.GetValue(payloadOrdinal),
            reader.IsDBNull(versionOrdinal) ? (int?)null : reader.GetInt32(versionOrdinal));
        Assert.False(await reader.ReadAsync(), "ReadFromStorageKey returned more than one row.");
        return result;
    }

    /// <summary>
    /// The provider's conflict rule (AdoNetGrainStorage.CheckVersionInconsistency): nothing
    /// changed when storage answers the grain's own version, an empty value, or no row while
    /// the grain had a version.
    /// </summary>
    public static bool IsVersionConflict(string? storageVersion, int? grainVersion)
    {
        var grainETag = grainVersion?.ToString(CultureInfo.InvariantCulture);
        return storageVersion == grainETag || storageVersion == string.Empty || (storageVersion is null && grainETag is not null);
    }

    private async Task<string?> ExecuteVersionQueryAsync(string key, GrainRow row, int? version, byte[]? payload)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = CreateCommand(connection, key, row, version, payload);

        // The provider keeps the single answer (SingleOrDefault) and stringifies it.
        var answers = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        // Write reads its column by name, clear and delete take the first column.
        var ordinal = key == "WriteToStorageKey" ? reader.GetOrdinal("NewGrainStateVersion") : 0;
        while (await reader.ReadAsync())
        {
            answers.Add(reader.IsDBNull(ordinal) ? string.Empty : Convert.ToString(reader.GetValue(ordinal), CultureInfo.InvariantCulture)!);
        }

        return answers.SingleOrDefault();
    }

    /// <summary>
    /// A command for the stored query <paramref name="key"/> with the provider's parameters;
    /// the version and payload are added only when given, as the provider does per query.
    /// </summary>
    public NpgsqlCommand CreateCommand(
        NpgsqlConnection connection, string key, GrainRow row, int? version = null, byte[]? payload = null, NpgsqlTransaction? transaction = null)
    {
        var command = new NpgsqlCommand(texts[key], connection, transaction);
        AddParameter(command, "GrainIdHash", row.GrainIdHash, DbType.Int32);
        AddParameter(command, "GrainIdN0", row.GrainIdN0, DbType.Int64);
        AddParameter(command, "GrainIdN1", row.GrainIdN1, DbType.Int64);
        AddParameter(command, "GrainTypeHash", row.GrainTypeHash, DbType.Int32);
        AddParameter(command, "GrainTypeString", row.GrainType, DbType.String);
        AddParameter(command, "GrainIdExtensionString", row.Extension, DbType.String);
        AddParameter(command, "ServiceId", row.ServiceId, DbType.String);
        if (key != "ReadFromStorageKey")
        {
            AddParameter(command, "GrainStateVersion", version, DbType.Int32);
        }

        if (payload is not null)
        {
            AddParameter(command, "PayloadBinary", payload, DbType.Binary);
        }

        return command;
    }

    private static void AddParameter(NpgsqlCommand command, string name, object? value, DbType type)
    {
        // As Orleans' DbExtensions.CreateParameter: bare name, DBNull for null, DbType from the CLR type.
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        parameter.DbType = type;
        command.Parameters.Add(parameter);
    }
}
