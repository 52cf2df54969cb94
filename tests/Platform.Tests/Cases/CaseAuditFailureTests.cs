using Platform.Tests.TestCluster;

namespace Platform.Tests.Cases;

/// <summary>
/// A change whose audit entry cannot be written is not made, not even in the memory of the
/// activation that stays: no history entry and no counted contact may reach the next write.
/// </summary>
[Collection(TestClusterCollection.Name)]
public sealed class CaseAuditFailureTests(PlatformTestCluster cluster)
{
    private const string Tenant = "012106";   // Iwamizawa, Hokkaido (no other test uses it)

    private readonly Caller _worker = new("audit-failure-worker", Tenant, [Roles.Caseworker]);
    private readonly Caller _supervisor = new("audit-failure-supervisor", Tenant, [Roles.Supervisor]);

    [Fact]
    public async Task UpdateNotes_WhenTheAuditFails_LeavesNoHistoryEntryForTheNextChangeToStore()
    {
        var (id, grain) = await OpenAsync();

        cluster.Audit.FailNext(id, "case.update-notes");
        await Assert.ThrowsAnyAsync<Exception>(() => cluster.As(_worker, () => grain.UpdateNotes("refused", "first try", null)));
        var stored = await cluster.As(_worker, () => grain.UpdateNotes("kept", "second try", null));
        Assert.Empty(stored.Errors);

        var history = await cluster.As(_worker, () => grain.GetHistory());
        var change = Assert.Single(history);
        Assert.Equal("second try", change.Reason);
    }

    [Fact]
    public async Task RecordContact_WhenTheAuditFails_CountsNothing()
    {
        var (id, grain) = await OpenAsync();
        var at = cluster.Clock.GetUtcNow().AddHours(-1);

        cluster.Audit.FailNext(id, "case.contact");
        await Assert.ThrowsAnyAsync<Exception>(() => cluster.As(_worker, () => grain.RecordContact(at, ContactChannel.Phone, ContactParty.Family, 10, null, null)));
        var stored = await cluster.As(_worker, () => grain.RecordContact(at, ContactChannel.Phone, ContactParty.Family, 10, null, null));
        Assert.Single(stored.Case!.Contacts);

        var book = cluster.Cluster.Client.GetGrain<ICaseBookGrain>(Tenant);
        var statistics = await cluster.As(_supervisor, () => book.GetStatistics(FiscalYear.Of(JapanDate.Of(at)), null));
        Assert.Equal(1, statistics.ContactsByChannel.GetValueOrDefault(nameof(ContactChannel.Phone)));
    }

    // The case's id (as its audit entries name it) and its grain.
    private async Task<(string Id, ICaseGrain Grain)> OpenAsync()
    {
        var id = Guid.NewGuid().ToString("N");
        var grain = cluster.Cluster.Client.GetGrain<ICaseGrain>($"{Tenant}/{id}");
        var opened = await cluster.As(_worker, () => grain.Open(
            new CaseIntake(new DateOnly(2025, 4, 1), ReferralSource.Family, null, null, null, [], null, null), null));
        Assert.Empty(opened.Errors);
        return (id, grain);
    }
}
