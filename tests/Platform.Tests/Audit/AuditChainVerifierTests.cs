using System.Collections.Immutable;

namespace Platform.Tests.Audit;

/// <summary>
/// The chain check both logs share, fed entries read from an in-memory log and then altered,
/// as a row would be altered in the database.
/// </summary>
public sealed class AuditChainVerifierTests
{
    private static readonly AuditChainKey Key = AuditChainKey.Ephemeral();

    [Fact]
    public async Task Verify_OfAnEditedEntry_ReportsThatEntry()
    {
        var (tenant, entries) = await ChainAsync(4);
        entries[2] = entries[2] with { Record = entries[2].Record with { Outcome = AuditOutcome.Allowed, ObjectId = "case-x" } };

        var result = Verify(entries);

        Assert.Equal((tenant, 3L, 1), (result.FirstBreak?.TenantCode, result.FirstBreak?.Sequence, result.BrokenTenants));
    }

    [Fact]
    public async Task Verify_OfAnEntryWithAnotherRecordingTime_ReportsThatEntry()
    {
        var (_, entries) = await ChainAsync(3);
        entries[0] = entries[0] with { RecordedAt = entries[0].RecordedAt.AddSeconds(-1) };

        Assert.Equal(1L, Verify(entries).FirstBreak?.Sequence);
    }

    [Fact]
    public async Task Verify_OfAChainMissingItsFirstEntry_ReportsTheGap()
    {
        var (_, entries) = await ChainAsync(3);

        var result = Verify(entries.Skip(1));

        Assert.Equal(2L, result.FirstBreak?.Sequence);
        Assert.StartsWith("sequence 2 where 1 was expected", result.FirstBreak!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_OfABrokenTenant_LeavesTheNextTenantsChainIntact()
    {
        var (broken, entries) = await ChainAsync(2);
        var (_, intact) = await ChainAsync(3);
        entries[0] = entries[0] with { Hash = entries[1].Hash };

        var result = Verify([.. entries, .. intact]);

        Assert.Equal(new AuditVerification(2, 5, result.FirstBreak, 1), result);
        Assert.Equal((broken, 1L), (result.FirstBreak?.TenantCode, result.FirstBreak?.Sequence));
    }

    [Fact]
    public async Task Verify_OfAnEntryMacedWithAnotherKey_ReportsThatEntry()
    {
        var (_, foreign) = await ChainAsync(2, AuditChainKey.Ephemeral());

        Assert.Equal(1L, Verify(foreign).FirstBreak?.Sequence);
    }

    [Fact]
    public async Task Verify_OfAChainWithoutItsHead_ReportsTheMissingHead()
    {
        var (tenant, entries) = await ChainAsync(2);

        var result = AuditChainVerifier.Verify(Key, entries, [], roster: null);

        Assert.Equal(new AuditChainBreak(tenant, 2, "its chain head is missing (it was removed)"), result.FirstBreak);
    }

    [Fact]
    public void Verify_OfAnUnkeyedChainWrittenBeforeKeying_IsIntactWithoutAHead()
    {
        var tenant = AuditSamples.NewTenant();
        var record = AuditRecordRules.Normalize(AuditSamples.CaseRead(tenant));
        var at = record.At;
        var first = new AuditEntry(record, 1, AuditCanonicalText.Hash(AuditCanonicalText.GenesisHash, AuditCanonicalText.Of(record, 1, at)), AuditCanonicalText.GenesisHash, at);

        Assert.True(AuditChainVerifier.Verify(Key, [first], [], roster: null).IsIntact);
    }

    // Verifies entries against the heads and roster their own last entries make, as the log would have kept them.
    private static AuditVerification Verify(IEnumerable<AuditEntry> entries)
    {
        var list = entries.ToList();
        var heads = list.GroupBy(e => e.Record.TenantCode).Select(chain =>
        {
            var last = chain.MaxBy(e => e.Sequence)!;
            return new AuditChainHead(chain.Key, last.Sequence, last.Hash, 0, Key.HeadMac(chain.Key, last.Sequence, last.Hash, 0));
        }).ToList();
        var tenants = heads.Select(h => h.TenantCode).ToImmutableArray();
        return AuditChainVerifier.Verify(Key, list, heads, new AuditChainRoster(tenants, Key.RosterMac(tenants)));
    }

    private static async Task<(string Tenant, List<AuditEntry> Entries)> ChainAsync(int length, AuditChainKey? key = null)
    {
        var log = new InMemoryAuditLog(Platform.Tenants.Common.PlatformClock.Real, key ?? Key);
        var tenant = AuditSamples.NewTenant();
        for (var i = 1; i <= length; i++)
        {
            await log.AppendAsync(AuditSamples.CaseRead(tenant, $"case-{i}", AuditOutcome.Denied));
        }

        return (tenant, [.. (await log.ReadAsync(tenant, null, length, CancellationToken.None)).Entries]);
    }
}
