using Platform.Silo.Audit;
using Platform.Tenants.Audit;

namespace Platform.Tests.Audit;

/// <summary>
/// The chain check both logs share, fed entries read from an in-memory log and then altered,
/// as a row would be altered in the database.
/// </summary>
public sealed class AuditChainVerifierTests
{
    [Fact]
    public async Task Verify_OfAnEditedEntry_ReportsThatEntry()
    {
        var (tenant, entries) = await ChainAsync(4);
        entries[2] = entries[2] with { Record = entries[2].Record with { Outcome = AuditOutcome.Allowed, ObjectId = "case-x" } };

        var result = AuditChainVerifier.Verify(entries);

        Assert.Equal((tenant, 3L, 1), (result.FirstBreak?.TenantCode, result.FirstBreak?.Sequence, result.BrokenTenants));
    }

    [Fact]
    public async Task Verify_OfAnEntryWithAnotherRecordingTime_ReportsThatEntry()
    {
        var (_, entries) = await ChainAsync(3);
        entries[0] = entries[0] with { RecordedAt = entries[0].RecordedAt.AddSeconds(-1) };

        Assert.Equal(1L, AuditChainVerifier.Verify(entries).FirstBreak?.Sequence);
    }

    [Fact]
    public async Task Verify_OfAChainMissingItsFirstEntry_ReportsTheGap()
    {
        var (_, entries) = await ChainAsync(3);

        var result = AuditChainVerifier.Verify(entries.Skip(1));

        Assert.Equal(2L, result.FirstBreak?.Sequence);
        Assert.StartsWith("sequence 2 where 1 was expected", result.FirstBreak!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_OfABrokenTenant_LeavesTheNextTenantsChainIntact()
    {
        var (broken, entries) = await ChainAsync(2);
        var (_, intact) = await ChainAsync(3);
        entries[0] = entries[0] with { Hash = entries[1].Hash };

        var result = AuditChainVerifier.Verify([.. entries, .. intact]);

        Assert.Equal(new AuditVerification(2, 5, result.FirstBreak, 1), result);
        Assert.Equal((broken, 1L), (result.FirstBreak?.TenantCode, result.FirstBreak?.Sequence));
    }

    private static async Task<(string Tenant, List<AuditEntry> Entries)> ChainAsync(int length)
    {
        var log = new InMemoryAuditLog();
        var tenant = AuditSamples.NewTenant();
        for (var i = 1; i <= length; i++)
        {
            await log.AppendAsync(AuditSamples.CaseRead(tenant, $"case-{i}", AuditOutcome.Denied));
        }

        return (tenant, [.. (await log.ReadAsync(tenant, null, length, CancellationToken.None)).Entries]);
    }
}
