namespace Platform.Tests.Audit;

/// <summary>
/// The database owner rewrites the audit log as thoroughly as the database allows: edits with every
/// later hash recomputed, a chain's tail or another tenant's whole chain deleted. <c>audit verify</c>,
/// holding the key the database never saw, finds each one.
/// </summary>
public sealed class AuditOwnerTamperTests : IAsyncLifetime
{
    private SeededChains chains = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => chains = await SeededChains.CreateAsync();

    /// <inheritdoc />
    public async Task DisposeAsync() => await chains.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Verify_AfterAnEditWithEveryLaterHashRecomputed_ReportsTheEditedEntry(bool markedUnkeyed)
    {
        await AuditForger.RewriteAsync(chains.Database, chains.Log, chains.Tenant, fromSequence: 3, throughSequence: 3, downgrade: markedUnkeyed);

        var (exit, output) = await VerifyCommandAsync();

        Assert.Equal(1, exit);
        Assert.StartsWith($"audit verify: BROKEN at tenant {chains.Tenant}, sequence 3:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AfterTheTailWasDeleted_ReportsTheFirstMissingEntry()
    {
        await AuditForger.AsOwnerAsync(chains.Database, ("DELETE FROM audit_log WHERE tenant_code = $1 AND sequence >= 4", [chains.Tenant]));

        var result = await chains.Log.VerifyAsync(null, CancellationToken.None);

        Assert.Equal((chains.Tenant, 4L, 1), (result.FirstBreak?.TenantCode, result.FirstBreak?.Sequence, result.BrokenTenants));
        Assert.Contains("removed from its end", result.FirstBreak!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AfterTheTailAndTheHeadWereCutBack_ReportsTheHead()
    {
        await AuditForger.AsOwnerAsync(
            chains.Database,
            ("DELETE FROM audit_log WHERE tenant_code = $1 AND sequence >= 4", [chains.Tenant]),
            ("UPDATE audit_chain_head h SET last_sequence = 3, head_hash = l.hash FROM audit_log l WHERE h.tenant_code = $1 AND l.tenant_code = $1 AND l.sequence = 3", [chains.Tenant]));

        var result = await chains.Log.VerifyAsync(chains.Tenant, CancellationToken.None);

        Assert.Contains("head does not match its MAC", result.FirstBreak?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AfterAnotherTenantsWholeChainWasDeleted_NamesThatTenant()
    {
        await AuditForger.AsOwnerAsync(
            chains.Database,
            ("DELETE FROM audit_log WHERE tenant_code = $1", [chains.Neighbour]),
            ("DELETE FROM audit_chain_head WHERE tenant_code = $1", [chains.Neighbour]));

        var (exit, output) = await VerifyCommandAsync();

        Assert.Equal(1, exit);
        Assert.StartsWith($"audit verify: BROKEN at tenant {chains.Neighbour}, sequence 1: its whole chain and its head were removed", output, StringComparison.Ordinal);
        Assert.True((await chains.Log.VerifyAsync(chains.Tenant, CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task Verify_AfterAWholeChainWasDeletedAndStruckFromTheRoster_ReportsTheRoster()
    {
        await AuditForger.AsOwnerAsync(
            chains.Database,
            ("DELETE FROM audit_log WHERE tenant_code = $1", [chains.Neighbour]),
            ("DELETE FROM audit_chain_head WHERE tenant_code = $1", [chains.Neighbour]),
            ("UPDATE audit_chain_roster SET tenant_codes = array_remove(tenant_codes, $1)", [chains.Neighbour]));

        var result = await chains.Log.VerifyAsync(null, CancellationToken.None);

        Assert.Equal(AuditChainVerifier.RosterName, result.FirstBreak?.TenantCode);
    }

    [Fact]
    public async Task Append_AfterTheTailWasDeleted_DoesNotHideTheCut()
    {
        await AuditForger.AsOwnerAsync(chains.Database, ("DELETE FROM audit_log WHERE tenant_code = $1 AND sequence >= 4", [chains.Tenant]));

        await chains.Log.AppendAsync(AuditSamples.CaseRead(chains.Tenant, "case-6"));

        var result = await chains.Log.VerifyAsync(chains.Tenant, CancellationToken.None);
        Assert.Equal(6L, (await chains.Log.ReadAsync(chains.Tenant, 3, 10, CancellationToken.None)).Entries.Single().Sequence);
        Assert.Equal(6L, result.FirstBreak?.Sequence);
    }

    private async Task<(int Exit, string Output)> VerifyCommandAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AuditVerifyCommand.RunAsync(
            ["--connection-string", chains.Database, "--master-key-file", AuditDatabase.MasterKeyFile], output, error, CancellationToken.None);
        return (exit, output.ToString());
    }
}
