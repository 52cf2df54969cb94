namespace Platform.Tests.Audit;

/// <summary>Rows changed behind the log's back, as only a superuser could, are found by verification.</summary>
public sealed class AuditTamperTests : IAsyncLifetime
{
    private SeededChains chains = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => chains = await SeededChains.CreateAsync();

    /// <inheritdoc />
    public async Task DisposeAsync() => await chains.DisposeAsync();

    [Fact]
    public async Task Verify_AfterARowWasEdited_ReportsExactlyThatTenantAndSequence()
    {
        await AuditDatabase.TamperAsync(chains.Database, "UPDATE audit_log SET object_id = 'case-99' WHERE tenant_code = $1 AND sequence = 3", chains.Tenant);

        var everything = await chains.Log.VerifyAsync(null, CancellationToken.None);
        var neighbourOnly = await chains.Log.VerifyAsync(chains.Neighbour, CancellationToken.None);

        Assert.Equal((chains.Tenant, 3L), (everything.FirstBreak?.TenantCode, everything.FirstBreak?.Sequence));
        Assert.Contains("hash does not match its contents", everything.FirstBreak!.Reason, StringComparison.Ordinal);
        Assert.Equal((2, 10L, 1), (everything.TenantsChecked, everything.EntriesChecked, everything.BrokenTenants));
        Assert.True(neighbourOnly.IsIntact);
    }

    [Fact]
    public async Task Verify_AfterAnEditWhoseHashWasRecomputedWithoutTheKey_ReportsThatEntry()
    {
        // A careful forger recomputes the edited row's hash, but only the unkeyed way: the key is not in the database.
        await AuditForger.RewriteAsync(chains.Database, chains.Log, chains.Tenant, fromSequence: 2, throughSequence: 2, downgrade: false);

        var result = await chains.Log.VerifyAsync(chains.Tenant, CancellationToken.None);

        Assert.Equal(new AuditChainBreak(chains.Tenant, 2, "its hash does not match its contents (the entry was changed)"), result.FirstBreak);
    }

    [Fact]
    public async Task Verify_AfterARowWasDeleted_ReportsTheGap()
    {
        await AuditDatabase.TamperAsync(chains.Database, "DELETE FROM audit_log WHERE tenant_code = $1 AND sequence = 4", chains.Tenant);

        var result = await chains.Log.VerifyAsync(null, CancellationToken.None);

        Assert.Equal((chains.Tenant, 5L), (result.FirstBreak?.TenantCode, result.FirstBreak?.Sequence));
        Assert.StartsWith("sequence 5 where 4 was expected", result.FirstBreak!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_AfterTampering_StillChainsOnAndTheBreakStays()
    {
        await AuditDatabase.TamperAsync(chains.Database, "UPDATE audit_log SET subject = 'someone-else' WHERE tenant_code = $1 AND sequence = 1", chains.Tenant);

        await chains.Log.AppendAsync(AuditSamples.CaseRead(chains.Tenant, "case-6"));

        var result = await chains.Log.VerifyAsync(chains.Tenant, CancellationToken.None);
        Assert.Equal((1L, 6L), (result.FirstBreak?.Sequence, result.EntriesChecked));
    }
}
