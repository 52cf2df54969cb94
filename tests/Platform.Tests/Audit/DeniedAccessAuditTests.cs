using Platform.GraphQL.Authorization;

namespace Platform.Tests.Audit;

/// <summary><see cref="DeniedAccessAudit"/>: refusals become one entry per caller, target tenant and window.</summary>
public sealed class DeniedAccessAuditTests
{
    private static readonly Caller Intruder = new("intruder", "012025", [Roles.Integrator]);

    [Fact]
    public async Task Record_1500RefusalsOfOneCallerOnOneTenant_AreOneEntryWithTheirCount()
    {
        var log = new InMemoryAuditLog();
        await using var audit = Create(log, TimeSpan.FromMinutes(1));

        for (var i = 0; i < 1500; i++)
            audit.Record(Intruder, "132292", "IConsultationGrain", $"132292/{i:x32}#Get");
        await audit.FlushAsync();

        var entry = Assert.Single((await log.ReadAsync("132292", null, 100, CancellationToken.None)).Entries).Record;
        Assert.Equal(AuditActions.AccessDenied, entry.Action);
        Assert.Equal(AuditOutcome.Denied, entry.Outcome);
        Assert.Equal("intruder", entry.Subject);
        Assert.Equal("012025", entry.ActorTenantCode);
        Assert.Equal($"132292/{0:x32}#Get (+1499 more)", entry.ObjectId);
    }

    [Fact]
    public async Task Record_OtherTenantsAndOtherCallers_GetEntriesOfTheirOwn()
    {
        var log = new InMemoryAuditLog();
        await using var audit = Create(log, TimeSpan.FromMinutes(1));

        audit.Record(Intruder, "132292", "GraphQL", "designateProgram");
        audit.Record(Intruder, "132292", "GraphQL", "designateProgram");
        audit.Record(Intruder, "141003", "GraphQL", "designateProgram");
        audit.Record(null, "132292", "GraphQL", "designateProgram");
        await audit.FlushAsync();

        var entries = (await log.ReadAsync("132292", null, 100, CancellationToken.None)).Entries.Select(e => e.Record).ToList();
        Assert.Equal(2, entries.Count);
        Assert.Contains(entries, e => e.Subject == "intruder" && e.ObjectId == "designateProgram (+1 more)");
        Assert.Contains(entries, e => e.Subject == "anonymous" && e.ObjectId == "designateProgram");
        Assert.Equal("designateProgram", Assert.Single((await log.ReadAsync("141003", null, 100, CancellationToken.None)).Entries).Record.ObjectId);
    }

    [Fact]
    public async Task Record_WhenTheWindowCloses_IsWrittenWithoutAFlush()
    {
        var log = new InMemoryAuditLog();
        await using var audit = Create(log, TimeSpan.FromMilliseconds(200));

        audit.Record(Intruder, "132292", "Case", "0123");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await log.CountAsync("132292", CancellationToken.None) == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);

        Assert.Equal(1, await log.CountAsync("132292", CancellationToken.None));
        audit.Record(Intruder, "132292", "Case", "0123");
        await audit.FlushAsync();
        Assert.Equal(2, await log.CountAsync("132292", CancellationToken.None));
    }

    private static DeniedAccessAudit Create(IAuditLog log, TimeSpan window) => new(
        log,
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [DeniedAccessAudit.WindowSetting] = window.ToString() }).Build(),
        NullLogger<DeniedAccessAudit>.Instance);
}
