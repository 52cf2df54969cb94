using Xunit.Abstractions;

namespace Platform.Tests.Cluster;

/// <summary>
/// Two silo processes, a stream of writes (program designations and case contacts), and
/// <c>kill -9</c> of one of them midway. Every write carries a client mutation id and is retried
/// until acknowledged; each must be applied exactly once.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SiloKillTests(ITestOutputHelper output)
{
    private const int FirstYear = 2031;
    private const int Years = 4;

    // 30 municipalities of each of 9 prefectures × 4 years = 1,080 operations. Spread over
    // prefectures because each prefecture's roll-up grain takes its municipalities' reports
    // one at a time.
    private const int Prefectures = 9;
    private const int MunicipalitiesPerPrefecture = 30;
    private static readonly TimeSpan StreamDeadline = TimeSpan.FromMinutes(2);

    // Case contacts, in the same stream: a case keeps every contact, so a retry applied a second
    // time leaves a second contact of the same operation, which a designation (one program per
    // year, overwritten) cannot show.
    private const int Cases = 6;
    private const int ContactsPerCase = 40;

    [Fact]
    public async Task KillNine_MidwayThroughWrites_KeepsEveryAcknowledgedWrite_AppliesNoneTwice_AndRecoversWithin30Seconds() =>
        await KillMidwayAsync(await (await TestPostgres.Shared).CreateDatabaseAsync("cluster_kill"));

    [Fact]
    public async Task KillNine_OnADatabaseWithProductionDurability_KeepsEveryAcknowledgedWrite_AppliesNoneTwice()
    {
        // A server of its own with fsync, full-page writes and synchronous commit on, as in
        // production: commits now wait for the disk, which widens the window between a write
        // being applied and its reply being lost with the killed silo.
        var durable = await TestPostgres.StartDurableAsync();
        try
        {
            Assert.Empty(await StorageDurability.FindUnsafeSettingsAsync(durable.ConnectionString, CancellationToken.None));
            await KillMidwayAsync(await durable.CreateDatabaseAsync("cluster_kill_durable"));
        }
        finally
        {
            await durable.DisposeAsync();
        }
    }

    private async Task KillMidwayAsync(string database)
    {
        var data = TestPostgres.CreateTemporaryFolder();
        await using var survivor = ClusterSilo.Start(database, data);
        await using var victim = ClusterSilo.Start(database, data);
        await Task.WhenAll(survivor.WaitUntilReadyAsync(TimeSpan.FromMinutes(2)), victim.WaitUntilReadyAsync(TimeSpan.FromMinutes(2)));

        // Each prefecture's officer writes for its own municipalities.
        var directory = TenantDirectory.Instance;
        var byPrefecture = directory.Municipalities
            .GroupBy(m => m.PrefectureCode)
            .Where(g => g.Count() >= MunicipalitiesPerPrefecture)
            .Take(Prefectures)
            .ToDictionary(g => g.Key, g => g.Take(MunicipalitiesPerPrefecture).Select(m => m.Code).ToArray());
        var tokens = byPrefecture.Keys.ToDictionary(p => p, p => DevelopmentTokens.Mint(
            data, directory.Prefecture(p)!.LgCode, [Roles.PrefecturalOfficer], $"cluster-fault-test-{p}", TimeSpan.FromHours(1)));
        var municipalities = byPrefecture.SelectMany(p => p.Value.Select(code => (Code: code, Prefecture: p.Key))).ToArray();
        using var writer = new ProgramWriter();
        var operations = Enumerable.Range(FirstYear, Years)
            .SelectMany(year => municipalities.Select(m => new Operation($"op-{year}-{m.Code}", m.Code, m.Prefecture, year)))
            .Select((op, index) => op with { Index = index })
            .ToArray();

        // Cases of the first municipalities, opened by their caseworkers before the stream.
        var caseOwners = municipalities.Take(Cases).Select(m => m.Code).ToArray();
        var caseTokens = caseOwners.ToDictionary(code => code, code => DevelopmentTokens.Mint(
            data, code, [Roles.Caseworker], $"cluster-fault-caseworker-{code}", TimeSpan.FromHours(1)));
        var caseIds = new Dictionary<string, string>();
        foreach (var code in caseOwners)
        {
            caseIds[code] = await OpenCaseAsync(writer, survivor.Address, caseTokens[code]);
        }

        var contacts = caseOwners
            .SelectMany(code => Enumerable.Range(0, ContactsPerCase).Select(n => new Operation($"contact-{code}-{n:D3}", code, "", 0, CaseId: caseIds[code])));
        // Spread evenly through the stream, so contacts are written before, during and after the kill.
        operations = [.. operations.Select((op, i) => (op, Position: (i + 0.5) / operations.Length))
            .Concat(contacts.Select((op, j) => (op, Position: (j + 0.5) / (Cases * ContactsPerCase))))
            .OrderBy(p => p.Position)
            .Select((p, index) => p.op with { Index = index })];
        Assert.True(operations.Length >= 1000 + (Cases * ContactsPerCase));

        var acknowledged = new ConcurrentDictionary<string, string>();
        var failuresAfterKill = new ConcurrentBag<DateTime>();
        var queue = new ConcurrentQueue<Operation>(operations);
        var halfway = new TaskCompletionSource();
        long killedTicks = 0;
        var clock = Stopwatch.StartNew();

        async Task Work()
        {
            while (queue.TryDequeue(out var op))
            {
                for (var attempt = 0; ; attempt++)
                {
                    var killed = Volatile.Read(ref killedTicks) != 0;
                    var silo = killed || (op.Index + attempt) % 2 == 0 ? survivor.Address : victim.Address;

                    // A retry carries another name under the same operation id: the stored name
                    // then tells which attempt was applied, and a second application shows.
                    var name = attempt == 0 ? op.Id : $"{op.Id}-retry{attempt}";
                    var reply = op.CaseId is { } caseId
                        ? await writer.RecordContactAsync(silo, caseTokens[op.Municipality], op.Id, caseId, name) ? name : null
                        : await writer.DesignateAsync(silo, tokens[op.Prefecture], op.Id, op.Municipality, op.FiscalYear, name);
                    if (reply is not null)
                    {
                        acknowledged[op.Id] = reply;
                        if (acknowledged.Count >= operations.Length / 2)
                        {
                            halfway.TrySetResult();
                        }

                        break;
                    }

                    if (killed)
                    {
                        failuresAfterKill.Add(DateTime.UtcNow);
                    }

                    Assert.True(clock.Elapsed < StreamDeadline, $"Operation {op.Id} was never acknowledged.\nSurvivor:\n{survivor.Output}");
                    await Task.Delay(100);
                }
            }
        }

        var workers = Enumerable.Range(0, 8).Select(_ => Task.Run(Work)).ToArray();
        await halfway.Task.WaitAsync(StreamDeadline);
        victim.Kill();
        var killedAt = DateTime.UtcNow;
        Volatile.Write(ref killedTicks, killedAt.Ticks);
        var declaredDead = MembershipRows.WaitUntilDeadAsync(database, victim.SiloPort, killedAt, TimeSpan.FromSeconds(30));
        await Task.WhenAll(workers);
        var deadAfter = await declaredDead;
        var recovery = failuresAfterKill.IsEmpty ? TimeSpan.Zero : failuresAfterKill.Max() - killedAt;
        output.WriteLine($"{operations.Length} writes in {clock.Elapsed.TotalSeconds:F1} s; victim declared dead after {deadAfter.TotalSeconds:F1} s; " +
            $"last failed attempt {recovery.TotalSeconds:F1} s after the kill ({failuresAfterKill.Count} failed attempts)");

        foreach (var failure in writer.Failures.GroupBy(f => f.Length > 300 ? f[..300] : f).OrderByDescending(g => g.Count()).Take(5))
        {
            output.WriteLine($"{failure.Count()} × {failure.Key}");
        }

        Assert.Equal(operations.Length, acknowledged.Count);
        Assert.True(recovery < TimeSpan.FromSeconds(30), $"Writes still failed {recovery.TotalSeconds:F1} s after the kill.");

        // Every acknowledged write is there, as acknowledged: the stored contractor is the one
        // in the reply (a retry that was applied again would have replaced it with its own).
        foreach (var (code, _) in municipalities)
        {
            var stored = await ReadOperatorNamesAsync(writer, survivor.Address, code);
            foreach (var op in operations.Where(o => o.Municipality == code && o.CaseId is null))
            {
                Assert.Equal(acknowledged[op.Id], stored[op.FiscalYear]);
                Assert.StartsWith(op.Id, stored[op.FiscalYear], StringComparison.Ordinal);
            }
        }

        // Exactly one applied write per operation id: each case holds one contact per contact
        // operation, whichever attempt was applied, and no more.
        foreach (var code in caseOwners)
        {
            var notes = await ReadContactNotesAsync(writer, survivor.Address, caseTokens[code], caseIds[code]);
            foreach (var op in operations.Where(o => o.CaseId == caseIds[code]))
            {
                var applied = notes.Count(n => n == op.Id || n.StartsWith($"{op.Id}-retry", StringComparison.Ordinal));
                Assert.True(applied == 1, $"Operation {op.Id} was applied {applied} times ({string.Join(", ", notes.Where(n => n.StartsWith(op.Id, StringComparison.Ordinal)))}).");
            }

            Assert.Equal(ContactsPerCase, notes.Count);
        }

        // And each counts once in the prefecture's roll-up.
        foreach (var prefecture in byPrefecture.Keys)
        {
            await AssertRolledUpOnceAsync(writer, survivor.Address, prefecture, MunicipalitiesPerPrefecture);
        }

        // The audit chains came through the kill whole: what a dead silo had not committed is
        // absent, never half there, and every chain, head and the roster still verify.
        var auditKey = AuditChainKey.From(KeyEncryptionKey.Load(new ConfigurationBuilder().Build(), data));
        await using var auditLog = new PostgresAuditLog(database, auditKey);
        var verification = await auditLog.VerifyAsync(null, CancellationToken.None);
        Assert.True(verification.IsIntact, $"Audit verify after the kill: {verification}");
        Assert.True(verification.EntriesChecked >= Cases * ContactsPerCase, $"Only {verification.EntriesChecked} audit entries for {Cases * ContactsPerCase} contacts.");
    }

    private static async Task<Dictionary<int, string?>> ReadOperatorNamesAsync(ProgramWriter writer, Uri silo, string code)
    {
        var fields = string.Join(' ', Enumerable.Range(FirstYear, Years).Select(y => $"y{y}: program(fiscalYear: {y}) {{ operator {{ name }} }}"));
        var body = await writer.PostAsync(silo, $"{{ municipality(code: \"{code}\") {{ {fields} }} }}")
            ?? throw new Xunit.Sdk.XunitException($"Reading municipality {code} failed.");
        var node = body["data"]!["municipality"]!;
        return Enumerable.Range(FirstYear, Years).ToDictionary(y => y, y => node[$"y{y}"]?["operator"]?["name"]?.GetValue<string>());
    }

    private static async Task<string> OpenCaseAsync(ProgramWriter writer, Uri silo, string token)
    {
        var body = await writer.PostAsync(silo, """mutation { openCase(input: { openedOn: "2025-04-01", referralSource: FAMILY }) { case { id } errors { code } } }""", token: token);
        return body?["data"]?["openCase"]?["case"]?["id"]?.GetValue<string>()
            ?? throw new Xunit.Sdk.XunitException($"Opening a case failed: {body?.ToJsonString()}");
    }

    private static async Task<List<string>> ReadContactNotesAsync(ProgramWriter writer, Uri silo, string token, string caseId)
    {
        var body = await writer.PostAsync(silo, "query($id: ID!) { case(id: $id) { contacts(first: 100) { totalCount nodes { notes } } } }", new { id = caseId }, token)
            ?? throw new Xunit.Sdk.XunitException($"Reading case {caseId} failed.");
        var connection = body["data"]?["case"]?["contacts"] ?? throw new Xunit.Sdk.XunitException(body.ToJsonString());
        var notes = connection["nodes"]!.AsArray().Select(n => n!["notes"]!.GetValue<string>()).ToList();
        Assert.Equal(connection["totalCount"]!.GetValue<int>(), notes.Count);
        return notes;
    }

    private static async Task AssertRolledUpOnceAsync(ProgramWriter writer, Uri silo, string prefecture, int expected)
    {
        var fields = string.Join(' ', Enumerable.Range(FirstYear, Years).Select(y => $"y{y}: programSummary(fiscalYear: {y}) {{ supportProjects }}"));

        // Roll-ups that failed while the victim's grains were moving are retried by a timer.
        int[] counts = [];
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline; await Task.Delay(500))
        {
            var body = await writer.PostAsync(silo, $"{{ prefecture(code: \"{prefecture}\") {{ {fields} }} }}");
            var node = body?["data"]?["prefecture"];
            counts = node is null ? [] : [.. Enumerable.Range(FirstYear, Years).Select(y => node[$"y{y}"]!["supportProjects"]!.GetValue<int>())];
            if (counts.Length == Years && counts.All(c => c == expected))
            {
                return;
            }
        }

        Assert.Fail($"Prefecture {prefecture} roll-ups are [{string.Join(", ", counts)}], expected {expected} for each year.");
    }

    // A designation, or with CaseId a contact on that case of Municipality.
    private sealed record Operation(string Id, string Municipality, string Prefecture, int FiscalYear, int Index = 0, string? CaseId = null);
}
