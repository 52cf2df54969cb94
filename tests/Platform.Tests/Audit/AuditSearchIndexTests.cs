namespace Platform.Tests.Audit;

/// <summary>
/// "Who read this person's file?" on a tenant with a long chain is answered from the search
/// indexes, not by reading the whole chain: the search's own conditions, planned by PostgreSQL
/// on a chain of thousands of entries.
/// </summary>
public sealed class AuditSearchIndexTests
{
    [Fact]
    public async Task PartySearch_OnALongChain_IsPlannedOnTheSearchIndexes_AndFindsOnlyThatParty()
    {
        var database = await AuditDatabase.CreateAsync();
        await using var log = new PostgresAuditLog(database, AuditDatabase.Key);
        var tenant = AuditSamples.NewTenant();
        for (var batch = 0; batch < 30; batch++)
        {
            await Task.WhenAll(Enumerable.Range(0, 100).Select(i => log.AppendAsync(AuditSamples.CaseRead(tenant, $"case-{batch}-{i}"))));
        }

        await log.AppendAsync(AuditSamples.CaseRead(tenant, "case-asked-about"));
        await log.AppendAsync(AuditSamples.CaseRead(tenant, "case-asked-about"));
        await AuditDatabase.ExecuteAsync(database, "ANALYZE audit_log");

        var search = new AuditSearch(null, null, "case-asked-about", null, null);
        var (page, matching) = await log.SearchAsync(tenant, search, null, 50, CancellationToken.None);
        Assert.Equal(2, matching);
        Assert.All(page.Entries, e => Assert.Equal("case-asked-about", e.Record.ObjectId));

        var (where, parameters) = PostgresAuditLog.Filter(tenant, search);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand($"EXPLAIN SELECT * FROM audit_log WHERE {where} ORDER BY sequence LIMIT 51", connection);
        foreach (var parameter in parameters)
        {
            explain.Parameters.Add(parameter);
        }

        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        var text = string.Join('\n', plan);
        Assert.True(text.Contains("audit_log_object", StringComparison.Ordinal) && !text.Contains("Seq Scan", StringComparison.Ordinal), text);
    }

    [Fact]
    public void Filter_HasAConditionOnlyForEachFilterGiven()
    {
        var (where, parameters) = PostgresAuditLog.Filter("131016", new AuditSearch(null, AuditOutcome.Denied, null, null, null));

        Assert.Equal("tenant_code = $1 AND outcome = $2", where);
        Assert.Equal(["131016", "Denied"], parameters.Select(p => (string)p.Value!));
    }
}
