namespace Platform.Benchmarks;

/// <summary>
/// Throughput of a read against the bare endpoint, measured so that the ratio can be trusted on
/// a shared machine: after a warm-up of both, windows alternate bare, read, bare, read, … bare,
/// and each read window is divided by the mean of the two bare windows around it. The ratio is
/// reported as the median and range over the pairs.
/// </summary>
/// <param name="clients">Concurrent clients in every window.</param>
/// <param name="warmUp">Unmeasured load of each side before the first window.</param>
/// <param name="window">Length of one measured window.</param>
/// <param name="pairs">Read windows (there is one more bare window).</param>
internal sealed class ReadWindows(int clients, TimeSpan warmUp, TimeSpan window, int pairs)
{
    /// <summary>Measures <paramref name="read"/> against <paramref name="bare"/>.</summary>
    public async Task<ReadRatio> RunAsync(HttpClient http, ReadShape bare, ReadShape read, CancellationToken ct)
    {
        var warm = new LoadRunner(clients, TimeSpan.Zero, warmUp);
        await warm.RunAsync(bare.Name, http, bare.NewRequest, bare.IsExpected, ct);
        await warm.RunAsync(read.Name, http, read.NewRequest, read.IsExpected, ct);

        var load = new LoadRunner(clients, TimeSpan.Zero, window);
        var bareRates = new List<double>();
        var reads = new List<LoadResult>();
        bareRates.Add((await load.RunAsync(bare.Name, http, bare.NewRequest, bare.IsExpected, ct)).RequestsPerSecond);
        for (var pair = 0; pair < pairs; pair++)
        {
            reads.Add(await load.RunAsync(read.Name, http, read.NewRequest, read.IsExpected, ct));
            bareRates.Add((await load.RunAsync(bare.Name, http, bare.NewRequest, bare.IsExpected, ct)).RequestsPerSecond);
            Console.WriteLine($"    bare {bareRates[^2]:0} | {read.Name} {reads[^1].RequestsPerSecond:0} | bare {bareRates[^1]:0} req/s");
        }

        var ratios = reads.Select((r, i) => r.RequestsPerSecond / ((bareRates[i] + bareRates[i + 1]) / 2)).ToArray();
        return new ReadRatio(
            read.Name,
            Stats.Median(bareRates),
            Stats.Median(reads.Select(r => r.RequestsPerSecond).ToArray()),
            Stats.Median(ratios),
            ratios.Min(),
            ratios.Max(),
            pairs,
            Stats.Median(reads.Select(r => r.P50Ms).ToArray()),
            Stats.Median(reads.Select(r => r.P99Ms).ToArray()));
    }
}

/// <summary>One kind of request, with the check its answers must pass.</summary>
/// <param name="Name">For the console and the report.</param>
/// <param name="NewRequest">Builds a fresh request (a request can be sent only once).</param>
/// <param name="IsExpected">True for a correct answer body.</param>
internal sealed record ReadShape(string Name, Func<HttpRequestMessage> NewRequest, Func<string, bool> IsExpected);

/// <summary>A read's throughput against the bare endpoint over interleaved windows.</summary>
/// <param name="Name">The read.</param>
/// <param name="BareRps">Median rate of the bare windows.</param>
/// <param name="ReadRps">Median rate of the read windows.</param>
/// <param name="Median">Median of the per-pair ratios.</param>
/// <param name="Min">Smallest per-pair ratio.</param>
/// <param name="Max">Largest per-pair ratio.</param>
/// <param name="Pairs">Read windows measured.</param>
/// <param name="P50Ms">Median over the read windows of their median latency.</param>
/// <param name="P99Ms">Median over the read windows of their 99th-percentile latency.</param>
internal sealed record ReadRatio(string Name, double BareRps, double ReadRps, double Median, double Min, double Max, int Pairs, double P50Ms, double P99Ms);

/// <summary>Pins the benchmark and the silo (with its PostgreSQL) to different cores where the machine has two or more.</summary>
internal static class CorePinning
{
    /// <summary>
    /// Puts this process on the last core and the process tree of <paramref name="siloId"/> on
    /// the others (<c>taskset -a -p</c>, every thread of every process). Returns a description
    /// for the report, or why nothing was pinned.
    /// </summary>
    public static async Task<string> PinAsync(int siloId)
    {
        var cores = Environment.ProcessorCount;
        if (cores < 2 || !OperatingSystem.IsLinux() || !File.Exists("/usr/bin/taskset"))
        {
            return "not pinned (needs Linux, taskset and 2 cores)";
        }

        var clientCore = cores - 1;
        var siloCores = cores == 2 ? "0" : $"0-{cores - 2}";
        Process.GetCurrentProcess().ProcessorAffinity = (nint)(1L << clientCore);
        await SetAsync(siloId, siloCores);

        return $"client on core {clientCore}, silo and its PostgreSQL on core {siloCores} (taskset)";
    }

    /// <summary>Lets this process and the tree of <paramref name="siloId"/> run on every core again.</summary>
    public static async Task UnpinAsync(int siloId)
    {
        if (Environment.ProcessorCount < 2 || !OperatingSystem.IsLinux() || !File.Exists("/usr/bin/taskset"))
            return;
        Process.GetCurrentProcess().ProcessorAffinity = (nint)((1L << Environment.ProcessorCount) - 1);
        await SetAsync(siloId, $"0-{Environment.ProcessorCount - 1}");
    }

    private static async Task SetAsync(int siloId, string cores)
    {
        foreach (var id in TreeOf(siloId))
        {
            using var taskset = Process.Start(new ProcessStartInfo("taskset", ["-a", "-p", "-c", cores, id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            await taskset.WaitForExitAsync();
        }
    }

    // The process and every descendant, from the parent ids in /proc/<pid>/stat.
    private static List<int> TreeOf(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++)
            tree.AddRange(parents.Where(p => p.Value == tree[i]).Select(p => p.Key));
        return tree;
    }
}
