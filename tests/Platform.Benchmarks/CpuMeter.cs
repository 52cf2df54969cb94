namespace Platform.Benchmarks;

/// <summary>
/// CPU time spent by the silo, its PostgreSQL (the postmaster and its live children, from
/// <c>/proc</c>) and this benchmark's own client, so that a run can say what one operation costs
/// in CPU and how many the machine's cores could give at that cost, whatever waits in between.
/// </summary>
/// <param name="siloPid">The silo's process id.</param>
/// <param name="dataFolder">The silo's data folder (its PostgreSQL writes <c>pg/postmaster.pid</c> there).</param>
internal sealed class CpuMeter(int siloPid, string dataFolder)
{
    /// <summary>CPU seconds used so far by each side.</summary>
    public CpuReading Read() => new(Seconds(siloPid), PostgresSeconds(), Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);

    private double PostgresSeconds()
    {
        var pidFile = Path.Combine(dataFolder, "pg", "postmaster.pid");
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadLines(pidFile).First().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var postmaster))
        {
            return 0;
        }

        // The postmaster's own time with what its finished children left it, plus each live child.
        var total = Seconds(postmaster, withChildren: true);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Stat(pid) is { } stat && stat.Parent == postmaster)
            {
                total += stat.Seconds;
            }
        }

        return total;
    }

    private static double Seconds(int pid, bool withChildren = false) =>
        Stat(pid) is { } stat ? stat.Seconds + (withChildren ? stat.ChildSeconds : 0) : 0;

    // /proc/PID/stat: the fields after the command's closing parenthesis; utime, stime, cutime and
    // cstime are fields 14 to 17 in clock ticks (100 a second on Linux).
    private static (int Parent, double Seconds, double ChildSeconds)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        double Ticks(int field) => long.Parse(fields[field - 3], CultureInfo.InvariantCulture) / 100.0;
        return (int.Parse(fields[1], CultureInfo.InvariantCulture), Ticks(14) + Ticks(15), Ticks(16) + Ticks(17));
    }
}

/// <summary>CPU seconds used by the silo, its PostgreSQL and the benchmark's client.</summary>
internal sealed record CpuReading(double Silo, double Postgres, double Client)
{
    /// <summary>Milliseconds of each side per operation between <paramref name="before"/> and this reading.</summary>
    public CpuCost Since(CpuReading before, long operations)
    {
        var n = Math.Max(1, operations);
        return new CpuCost(1000 * (Silo - before.Silo) / n, 1000 * (Postgres - before.Postgres) / n, 1000 * (Client - before.Client) / n);
    }
}

/// <summary>CPU milliseconds per operation of each side.</summary>
internal sealed record CpuCost(double SiloMs, double PostgresMs, double ClientMs)
{
    /// <summary>All three.</summary>
    public double TotalMs => SiloMs + PostgresMs + ClientMs;

    /// <summary>The most operations a second this machine's cores could run at this cost, with no waiting at all.</summary>
    public double CeilingPerSecond => Environment.ProcessorCount * 1000 / TotalMs;
}
