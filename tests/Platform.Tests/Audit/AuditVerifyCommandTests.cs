namespace Platform.Tests.Audit;

/// <summary>The <c>audit verify</c> verb: its report and its exit codes.</summary>
public sealed class AuditVerifyCommandTests
{
    [Fact]
    public async Task Verify_OfIntactChains_PrintsOkAndExitsZero()
    {
        var database = await AuditDatabase.CreateAsync();
        await using (var log = new PostgresAuditLog(database, AuditDatabase.Key))
        {
            await log.AppendAsync(AuditSamples.CaseRead(AuditSamples.NewTenant()));
            await log.AppendAsync(AuditSamples.CaseRead(AuditSamples.NewTenant()));
        }

        var (exit, output, _) = await RunAsync("--connection-string", database, "--master-key-file", AuditDatabase.MasterKeyFile);

        Assert.Equal(0, exit);
        Assert.Equal("audit verify: OK, 2 tenant(s), 2 entries, every chain intact.", output.Trim());
    }

    [Fact]
    public async Task Verify_OfAnEditedRow_NamesItAndExitsOne()
    {
        var database = await AuditDatabase.CreateAsync();
        var tenant = AuditSamples.NewTenant();
        await using (var log = new PostgresAuditLog(database, AuditDatabase.Key))
        {
            await log.AppendAsync(AuditSamples.CaseRead(tenant, "case-1"));
            await log.AppendAsync(AuditSamples.CaseRead(tenant, "case-2"));
        }

        await AuditDatabase.TamperAsync(database, "UPDATE audit_log SET roles = 'TenantAdmin' WHERE tenant_code = $1 AND sequence = 2", tenant);
        var (exit, output, _) = await RunAsync("--connection-string", database, "--tenant", tenant, "--master-key-file", AuditDatabase.MasterKeyFile);

        Assert.Equal(1, exit);
        Assert.StartsWith($"audit verify: BROKEN at tenant {tenant}, sequence 2: its hash does not match its contents", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_OfADatabaseWithoutTheAuditTable_SaysThereIsNothingToVerify()
    {
        var database = await (await TestPostgres.Shared).CreateDatabaseAsync("audit_none");

        var (exit, output, _) = await RunAsync("--connection-string", database, "--master-key-file", AuditDatabase.MasterKeyFile);

        Assert.Equal((0, true), (exit, output.Contains("nothing to verify", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("--tenant")]
    [InlineData("--bogus", "x")]
    public async Task Verify_WithAnUnknownOrIncompleteOption_PrintsUsageAndExitsTwo(params string[] args)
    {
        var (exit, _, error) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("usage: audit verify", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_OfADataFolderWithoutADatabase_ExitsTwoWithoutCreatingOne()
    {
        var folder = TestPostgres.CreateTemporaryFolder();
        try
        {
            var (exit, _, error) = await RunAsync("--data-dir", folder, "--master-key-file", AuditDatabase.MasterKeyFile);

            Assert.Equal((2, false), (exit, Directory.Exists(Path.Combine(folder, "pg"))));
            Assert.Contains("No local PostgreSQL", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AuditVerifyCommand.RunAsync(args, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
