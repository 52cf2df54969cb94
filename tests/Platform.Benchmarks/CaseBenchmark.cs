using Platform.Tenants.Directory;

namespace Platform.Benchmarks;

/// <summary>
/// The case figures, all against one silo run: durable case writes over GraphQL
/// against plain Npgsql inserts of the same size into the same PostgreSQL, memory per active
/// case grain, and paging through one tenant's case list.
/// </summary>
/// <param name="siloDll">The built silo, for its <c>token</c> verb.</param>
/// <param name="dataFolder">The silo's data folder: signing key, PostgreSQL, password.</param>
/// <param name="silo">The running silo (environment Development, so it accepts development tokens).</param>
/// <param name="http">The shared HTTP client.</param>
internal sealed class CaseBenchmark(string siloDll, string dataFolder, SiloProcess silo, HttpClient http)
{
    /// <summary>Concurrent clients for case writes, inserts and the fill.</summary>
    public const int Clients = 8;

    /// <summary>Tenants the spread case writes go to.</summary>
    public const int SpreadTenants = 50;

    /// <summary>Concurrent clients for the spread case writes and their inserts.</summary>
    public const int SpreadClients = 16;

    /// <summary>Cases wanted in the listed tenant.</summary>
    public const int ListTarget = 10_000;

    /// <summary>The longest the fill may take; fewer cases are listed (and reported) when it runs out.</summary>
    public static readonly TimeSpan FillBudget = TimeSpan.FromMinutes(4);

    private const string WriteTenant = "132292"; // 東京都西東京市
    /// <summary>The tenant the fill opens its cases in: 神奈川県横浜市.</summary>
    public const string ListTenant = "141003";
    private const string BreakdownTenant = "271004"; // 大阪府大阪市
    private const string Role = "Caseworker";
    private const int PagingRepetitions = 5;
    private const int ProgressEvery = 1000;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    /// <summary>Runs the three measurements in order, filling in <paramref name="results"/> as it goes.</summary>
    public async Task RunAsync(BenchmarkResults results, CancellationToken ct)
    {
        var graphql = new Uri(silo.Address, "graphql");
        var load = new LoadRunner(Clients, WarmUp, Window);

        var writer = new CaseClient(new GraphQLClient(http, graphql, await DevelopmentToken.MintAsync(siloDll, dataFolder, WriteTenant, Role, ct)));
        Console.WriteLine($"Case writes (openCase + recordContact), {Clients} clients, {WarmUp.TotalSeconds:0} s warm-up + {Window.TotalSeconds:0} s…");
        await using var counters = SiloDatabase.Open(dataFolder);
        var cpu = new CpuMeter(silo.Id, dataFolder);
        var start = await counters.WriteCountersAsync(ct);
        var cpuStart = cpu.Read();
        results.CaseWrites = await load.RunAsync("openCase + recordContact", async token =>
        {
            var caseId = await writer.OpenAsync(token);
            await writer.RecordContactAsync(caseId, token);
        }, ct);
        var cpuWritten = cpu.Read();
        var written = await counters.WriteCountersAsync(ct);
        results.CaseWritesCost = PerMutation(start, written);
        results.CaseWritesCpu = cpuWritten.Since(cpuStart, written.AuditRows - start.AuditRows);
        Console.WriteLine($"  {results.CaseWrites.RequestsPerSecond:0.0} pairs/s");

        var spread = await SpreadWritersAsync(graphql, ct);
        Console.WriteLine($"Case writes spread over {SpreadTenants} tenants, {SpreadClients} clients…");
        var next = 0;
        results.SpreadCaseWrites = await new LoadRunner(SpreadClients, WarmUp, Window).RunAsync("openCase + recordContact, spread", async token =>
        {
            var tenantWriter = spread[(int)((uint)Interlocked.Increment(ref next) % spread.Length)];
            var caseId = await tenantWriter.OpenAsync(token);
            await tenantWriter.RecordContactAsync(caseId, token);
        }, ct);
        results.SpreadCaseWritesCost = PerMutation(written, await counters.WriteCountersAsync(ct));
        Console.WriteLine($"  {results.SpreadCaseWrites.RequestsPerSecond:0.0} pairs/s");

        await using (var database = SiloDatabase.Open(dataFolder))
        {
            results.SynchronousCommit = await database.SettingAsync("synchronous_commit", ct);
            results.CasePayloadBytes = await database.AverageCasePayloadBytesAsync(ct);
            var payloadBytes = (int)Math.Round(results.CasePayloadBytes.Value);
            Console.WriteLine($"Plain Npgsql inserts of {payloadBytes} bytes (synchronous_commit={results.SynchronousCommit}), {Clients} clients…");
            await database.CreateScratchTableAsync(ct);
            var inserted = 0L;
            var cpuBefore = cpu.Read();
            results.Inserts = await load.RunAsync("INSERT INTO bench_inserts", async token =>
            {
                await database.InsertAsync(payloadBytes, token);
                Interlocked.Increment(ref inserted);
            }, ct);
            results.InsertsCpu = cpu.Read().Since(cpuBefore, inserted);
            Console.WriteLine($"  {results.Inserts.RequestsPerSecond:0} inserts/s; CPU ms per mutation {results.CaseWritesCpu} (at most {results.CaseWritesCpu.CeilingPerSecond:0}/s), per insert {results.InsertsCpu}");
            results.SpreadInserts = await new LoadRunner(SpreadClients, WarmUp, Window)
                .RunAsync("INSERT INTO bench_inserts, spread", token => database.InsertAsync(payloadBytes, token), ct);
            await database.DropScratchTableAsync(ct);
            Console.WriteLine($"  {results.SpreadInserts.RequestsPerSecond:0} inserts/s with {SpreadClients} clients");

            Console.WriteLine($"Write breakdown in {BreakdownTenant}, one client, {WriteBreakdown.Operations} of each…");
            var breakdownClient = new CaseClient(new GraphQLClient(http, graphql, await DevelopmentToken.MintAsync(siloDll, dataFolder, BreakdownTenant, Role, ct)));
            results.Breakdown = await WriteBreakdown.MeasureAsync(breakdownClient, database, ct);
            Console.WriteLine($"  openCase {results.Breakdown.OpenMs:0.0} ms, {results.Breakdown.Open.Commits:0.0} commits; recordContact {results.Breakdown.ContactMs:0.0} ms, {results.Breakdown.Contact.Commits:0.0} commits");
        }

        var lister = await ListerAsync(ct);
        results.CaseFill = await FillListTenantAsync(lister, ct);

        Console.WriteLine($"Paging {results.CaseFill.Opened} cases vs one page, {PagingRepetitions} repetitions…");
        results.CasePaging = await new PagingRunner("cases", lister.PageAsync).RunAsync(PagingRepetitions, results.CaseFill.Opened, ct);
    }

    /// <summary>A caseworker of <see cref="ListTenant"/>.</summary>
    public async Task<CaseClient> ListerAsync(CancellationToken ct) =>
        new(new GraphQLClient(http, new Uri(silo.Address, "graphql"), await DevelopmentToken.MintAsync(siloDll, dataFolder, ListTenant, Role, ct)));

    /// <summary>Opens up to <see cref="ListTarget"/> cases in <see cref="ListTenant"/> within <paramref name="budget"/> (default <see cref="FillBudget"/>).</summary>
    public async Task<CaseFill> FillListTenantAsync(CaseClient lister, CancellationToken ct, TimeSpan? budget = null)
    {
        var limit = budget ?? FillBudget;
        Console.WriteLine($"Opening up to {ListTarget} cases in {ListTenant} (budget {limit.TotalMinutes:0} min), {Clients} clients…");
        var fill = await FillAsync(lister, limit, ct);
        Console.WriteLine($"  {fill.Opened} cases in {fill.Seconds:0} s");
        return fill;
    }

    // Every case mutation appends exactly one audit entry, so the entries count the mutations
    // (warm-up included) and the database's writes per mutation follow.
    private static WriteCost PerMutation(WriteCounters before, WriteCounters after) =>
        after.Since(before, (int)Math.Max(1, after.AuditRows - before.AuditRows));

    // The first cities of the reference list other than the tenants used above, one caseworker each.
    private async Task<CaseClient[]> SpreadWritersAsync(Uri graphql, CancellationToken ct)
    {
        var tenants = TenantDirectory.Instance.Municipalities
            .Where(m => m.Type == MunicipalityType.City && m.Code is not (WriteTenant or ListTenant or BreakdownTenant))
            .Select(m => m.Code)
            .Take(SpreadTenants)
            .ToArray();
        Console.WriteLine($"Minting caseworker tokens for {tenants.Length} tenants…");
        var writers = new CaseClient[tenants.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, tenants.Length), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (i, token) =>
            writers[i] = new CaseClient(new GraphQLClient(http, graphql, await DevelopmentToken.MintAsync(siloDll, dataFolder, tenants[i], Role, token))));
        return writers;
    }

    // Every case opened stays active (grain collection age 15 min), so the resident set's growth
    // over the fill divided by the cases opened is the memory per active case grain, including
    // its share of the tenant's case index and whatever the GC has not given back.
    private async Task<CaseFill> FillAsync(CaseClient client, TimeSpan budget, CancellationToken ct)
    {
        var before = silo.ReadMemory()?.CurrentMiB;
        var clock = Stopwatch.StartNew();
        var issued = 0;
        var opened = 0;
        async Task OpenUntilDoneAsync()
        {
            while (clock.Elapsed < budget && Interlocked.Increment(ref issued) <= ListTarget)
            {
                await client.OpenAsync(ct);
                if (Interlocked.Increment(ref opened) % ProgressEvery == 0)
                {
                    Console.WriteLine($"  {opened} after {clock.Elapsed.TotalSeconds:0} s");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(OpenUntilDoneAsync, ct)));
        var seconds = clock.Elapsed.TotalSeconds;
        var after = silo.ReadMemory()?.CurrentMiB;
        double? bytesPerCase = before is { } b && after is { } a && opened > 0 ? (a - b) * 1024 * 1024 / opened : null;
        return new CaseFill(ListTarget, opened, seconds, bytesPerCase);
    }
}
