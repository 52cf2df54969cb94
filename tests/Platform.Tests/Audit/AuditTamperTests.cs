using Platform.Silo.Audit;
using Platform.Tenants.Audit;

namespace Platform.Tests.Audit;

/// <summary>Rows changed behind the log's back, as only a superuser could, are found by verification.</summary>
public sealed class AuditTamperTests : IAsyncLifetime
{
    private string database = string.Empty;
    private PostgresAuditLog log = null!;
    private readonly string tenant = AuditSamples.NewTenant();
    private readonly string neighbour = AuditSamples.NewTenant();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        database = await AuditDatabase.CreateAsync();
        log = new PostgresAuditLog(database, AuditDatabase.Key);
        for (var i = 1; i <= 5; i++)
        {
            await log.AppendAsync(AuditSamples.CaseRead(tenant, $"case-{i}"));
            await log.AppendAsync(AuditSamples.CaseRead(neighbour, $"case-{i}"));
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync() => await log.DisposeAsync();

    [Fact]
    public async Task Verify_AfterARowWasEdited_ReportsExactlyThatTenantAndSequence()
    {
        await AuditDatabase.TamperAsync(database, "UPDATE audit_log SET object_id = 'case-99' WHERE tenant_code = $1 AND sequence = 3", tenant);

        var everything = await log.VerifyAsync(null, CancellationToken.None);
        var neighbourOnly = await log.VerifyAsync(neighbour, CancellationToken.None);

        Assert.Equal((tenant, 3L), (everything.FirstBreak?.TenantCode, everything.FirstBreak?.Sequence));
        Assert.Contains("hash does not match its contents", everything.FirstBreak!.Reason, StringComparison.Ordinal);
        Assert.Equal((2, 10L, 1), (everything.TenantsChecked, everything.EntriesChecked, everything.BrokenTenants));
        Assert.True(neighbourOnly.IsIntact);
    }

    [Fact]
    public async Task Verify_AfterAnEditWhoseHashWasRecomputedWithoutTheKey_ReportsThatEntry()
    {
        // A careful forger recomputes the edited row's hash, but only the unkeyed way: the key is not in the database.
        await AuditForger.RewriteAsync(database, log, tenant, fromSequence: 2, throughSequence: 2, downgrade: false);

        var result = await log.VerifyAsync(tenant, CancellationToken.None);

        Assert.Equal(new AuditChainBreak(tenant, 2, "its hash does not match its contents (the entry was changed)"), result.FirstBreak);
    }

    [Fact]
    public async Task Verify_AfterARowWasDeleted_ReportsTheGap()
    {
        await AuditDatabase.TamperAsync(database, "DELETE FROM audit_log WHERE tenant_code = $1 AND sequence = 4", tenant);

        var result = await log.VerifyAsync(null, CancellationToken.None);

        Assert.Equal((tenant, 5L), (result.FirstBreak?.TenantCode, result.FirstBreak?.Sequence));
        Assert.StartsWith("sequence 5 where 4 was expected", result.FirstBreak!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_AfterTampering_StillChainsOnAndTheBreakStays()
    {
        await AuditDatabase.TamperAsync(database, "UPDATE audit_log SET subject = 'someone-else' WHERE tenant_code = $1 AND sequence = 1", tenant);

        await log.AppendAsync(AuditSamples.CaseRead(tenant, "case-6"));

        var result = await log.VerifyAsync(tenant, CancellationToken.None);
        Assert.Equal((1L, 6L), (result.FirstBreak?.Sequence, result.EntriesChecked));
    }
}
