using NpgsqlTypes;

namespace Platform.Silo.Audit;

/// <summary>
/// Group commit of a tenant's appends. A chain is extended by one transaction at a time (the
/// tenant's lock in <c>audit_chain_tail</c>), so appends that arrive while one commits wait for
/// it and then go together: one tail read, one round trip carrying an <c>audit_append_keyed</c>
/// per entry in arrival order, one commit. Each caller's task completes when that commit has.
/// </summary>
public sealed partial class PostgresAuditLog
{
    /// <summary>Most entries one transaction appends; more wait for the next.</summary>
    public const int MaxGroup = 256;

    /// <summary>Extends the tenant's chain by <paramref name="records"/>, in order, in one transaction.</summary>
    internal async Task AppendGroupAsync(IReadOnlyList<AuditRecord> records, CancellationToken ct)
    {
        var tenantCode = records[0].TenantCode;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var (tailSequence, tailHash, head, recordedAt) = await ReadTailAsync(connection, transaction, tenantCode, ct);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var stored in records)
        {
            // Planned as if appended one by one: each entry extends the one before it, and the
            // head the previous one would have left is the head this one finds.
            var (plan, hash) = AuditAppendPlan.Create(key, stored, tailSequence, tailHash, head, recordedAt);
            var headMac = plan.HeadMac;
            string? rosterMac = null;
            if (plan.IsFirstHead && headMac is not null)
            {
                var joined = await JoinRosterAsync(connection, transaction, tenantCode, ct);
                headMac = joined is null ? null : headMac;
                rosterMac = joined?.Mac;
            }

            batch.BatchCommands.Add(AppendCommand(stored, recordedAt, plan, hash, headMac, rosterMac));
            (tailSequence, tailHash) = (plan.Sequence, hash);
            if (headMac is not null)
            {
                head = new AuditChainHead(tenantCode, plan.Sequence, hash, plan.LegacyThrough, headMac);
            }
        }

        await batch.ExecuteNonQueryAsync(ct);

        await transaction.CommitAsync(ct);
    }

    private static NpgsqlBatchCommand AppendCommand(
        AuditRecord stored, DateTimeOffset recordedAt, AuditAppendPlan plan, string hash, string? headMac, string? rosterMac)
    {
        var command = new NpgsqlBatchCommand(AppendSql);
        var parameters = command.Parameters;
        parameters.Add(Text(stored.TenantCode));
        parameters.Add(Text(stored.Subject));
        parameters.Add(Text(stored.ActorTenantCode));
        parameters.Add(Text(stored.Roles));
        parameters.Add(Text(stored.Action));
        parameters.Add(Text(stored.ObjectType));
        parameters.Add(Text(stored.ObjectId));
        parameters.Add(Text(stored.Purpose));
        parameters.Add(Text(stored.Outcome.ToString()));
        parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = stored.At, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = recordedAt, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        parameters.Add(new NpgsqlParameter<long> { TypedValue = plan.Sequence });
        parameters.Add(Text(plan.PreviousHash));
        parameters.Add(Text(hash));
        parameters.Add(new NpgsqlParameter<long> { TypedValue = plan.LegacyThrough });
        parameters.Add(Text(headMac));
        parameters.Add(Text(rosterMac));
        return command;
    }

    // Runs while the tenant has appends waiting; exactly one runs per tenant at a time.
    private async Task FlushAsync(ChainQueue chain)
    {
        while (true)
        {
            List<(AuditRecord Record, TaskCompletionSource Appended)> group;
            lock (chain)
            {
                if (chain.Waiting.Count == 0)
                {
                    chain.Flushing = false;
                    return;
                }

                var take = Math.Min(chain.Waiting.Count, MaxGroup);
                group = chain.Waiting.GetRange(0, take);
                chain.Waiting.RemoveRange(0, take);
            }

            try
            {
                await AppendGroupAsync([.. group.Select(g => g.Record)], CancellationToken.None);
                group.ForEach(g => g.Appended.TrySetResult());
            }
            catch (PostgresException) when (group.Count > 1)
            {
                // The server refused the transaction, so none of it was stored: one record it
                // will not take must not fail the others, so each is tried alone.
                foreach (var (record, appended) in group)
                {
                    await AppendAloneAsync(record, appended);
                }
            }
            catch (Exception ex)
            {
                // Not known to be stored (the connection may have failed after the commit was
                // sent): every caller hears of it, as it would have of its own transaction.
                group.ForEach(g => g.Appended.TrySetException(ex));
            }
        }
    }

    private async Task AppendAloneAsync(AuditRecord record, TaskCompletionSource appended)
    {
        try
        {
            await AppendGroupAsync([record], CancellationToken.None);
            appended.TrySetResult();
        }
        catch (Exception ex)
        {
            appended.TrySetException(ex);
        }
    }

    /// <summary>The appends of one tenant waiting for the next group; locked on itself.</summary>
    private sealed class ChainQueue
    {
        public List<(AuditRecord Record, TaskCompletionSource Appended)> Waiting { get; } = [];

        public bool Flushing { get; set; }
    }
}
