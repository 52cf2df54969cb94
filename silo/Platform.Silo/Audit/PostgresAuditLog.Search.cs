namespace Platform.Silo.Audit;

/// <summary>
/// Searching a tenant's chain. Only the filters given become conditions, so that PostgreSQL can
/// use the search indexes (<c>Storage/Sql/050_audit_search.sql</c>): by party (subject or object
/// id, the question "who read this person's file"), by time, by action; a condition of the form
/// "<c>$n IS NULL OR …</c>" would make every search read the tenant's whole chain.
/// </summary>
public sealed partial class PostgresAuditLog
{
    /// <inheritdoc />
    public async Task<(AuditPage Page, long Matching)> SearchAsync(string tenantCode, AuditSearch search, long? afterSequence, int first, CancellationToken ct)
    {
        AuditLogArguments.CheckRead(tenantCode, afterSequence, first);
        ArgumentNullException.ThrowIfNull(search);
        var (where, parameters) = Filter(tenantCode, search);
        await using var count = dataSource.CreateCommand($"SELECT count(*) FROM audit_log WHERE {where}");
        foreach (var parameter in parameters)
        {
            count.Parameters.Add(parameter.Clone());
        }

        var matching = (long)(await count.ExecuteScalarAsync(ct))!;

        await using var command = dataSource.CreateCommand(
            $"SELECT {Columns} FROM audit_log WHERE {where} AND sequence > ${parameters.Count + 1} ORDER BY sequence LIMIT ${parameters.Count + 2}");
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }

        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterSequence ?? 0 });
        return (await ReadPageAsync(command, first, ct), matching);
    }

    /// <summary>The search's conditions on <c>audit_log</c> ($1, $2, … in the parameters' order).</summary>
    internal static (string Where, List<NpgsqlParameter> Parameters) Filter(string tenantCode, AuditSearch search)
    {
        var conditions = new List<string> { "tenant_code = $1" };
        var parameters = new List<NpgsqlParameter> { Text(tenantCode) };
        void Add(string condition, NpgsqlParameter parameter)
        {
            parameters.Add(parameter);
            conditions.Add(condition.Replace("$?", "$" + parameters.Count, StringComparison.Ordinal));
        }

        if (search.ActionPrefix is { } action)
        {
            Add("starts_with(action, $?)", Text(action));
        }

        if (search.Outcome is { } outcome)
        {
            Add("outcome = $?", Text(outcome.ToString()));
        }

        if (search.Party is { } party)
        {
            Add("(subject = $? OR object_id = $?)", Text(party));
        }

        if (search.From is { } from)
        {
            Add("occurred_at >= $?", Instant(from));
        }

        if (search.Before is { } before)
        {
            Add("occurred_at < $?", Instant(before));
        }

        return (string.Join(" AND ", conditions), parameters);
    }
}
