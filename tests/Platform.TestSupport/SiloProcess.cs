using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Platform.TestSupport;

/// <summary>
/// The built silo run as a child process (<c>dotnet Platform.Silo.dll</c>) on free loopback ports,
/// with warning-level logs: what the cluster tests kill and restart, and what the benchmarks measure.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly Process process;
    private readonly SiloOutput output = new();
    private readonly Stopwatch sinceStart;

    private SiloProcess(Process process, Stopwatch sinceStart, Uri address, int siloPort)
    {
        this.process = process;
        this.sinceStart = sinceStart;
        Address = address;
        SiloPort = siloPort;
    }

    /// <summary>Where the silo serves HTTP, <c>http://127.0.0.1:port/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The silo-to-silo port (its row in the membership table).</summary>
    public int SiloPort { get; }

    /// <summary>The operating-system id of the process.</summary>
    public int Id => process.Id;

    /// <summary>True once the process has exited.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>How long the last <see cref="WaitUntilReadyAsync"/> took from the process's start to its first 200.</summary>
    public TimeSpan? StartToReady { get; private set; }

    /// <summary>What the silo printed last (its last 200 lines).</summary>
    public string Output => output.Tail;

    /// <summary>The lines the silo printed that name an exception, all of them since it started.</summary>
    public IReadOnlyList<string> ExceptionLines => output.ExceptionLines;

    /// <summary>Starts the silo; it is not ready yet (see <see cref="WaitUntilReadyAsync"/>).</summary>
    public static SiloProcess Start(SiloLaunch launch)
    {
        ArgumentNullException.ThrowIfNull(launch);
        var (httpPort, siloPort) = (LoopbackPort.Free(), LoopbackPort.Free());
        var start = new ProcessStartInfo("dotnet")
        {
            // appsettings.json is read from the silo's own folder; the working directory is that folder too.
            WorkingDirectory = Path.GetDirectoryName(launch.SiloDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            launch.SiloDll, "--urls", $"http://127.0.0.1:{httpPort}", "--environment", launch.Environment,
            $"--Platform:DataDirectory={launch.DataDirectory}",
            $"--Platform:SiloPort={siloPort}", $"--Platform:GatewayPort={LoopbackPort.Free()}",
            "--Logging:LogLevel:Default=Warning",
        }.Concat(launch.Settings.Select(setting => "--" + setting)))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in launch.Secrets)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var silo = new SiloProcess(process, clock, new Uri($"http://127.0.0.1:{httpPort}/"), siloPort);
        process.OutputDataReceived += (_, e) => silo.output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => silo.output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>Starts the silo and waits until it is ready; stops it again if it does not get there.</summary>
    public static async Task<SiloProcess> StartReadyAsync(SiloLaunch launch, TimeSpan timeout, CancellationToken ct = default)
    {
        var silo = Start(launch);
        try
        {
            await silo.WaitUntilReadyAsync(timeout, ct);
            return silo;
        }
        catch
        {
            await silo.StopAsync(TimeSpan.FromSeconds(30));
            silo.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Waits until <c>/health/ready</c> answers 200, polling every 50 ms, and returns the time from
    /// the process's start; fails with the silo's output if it exits or the time runs out.
    /// </summary>
    public async Task<TimeSpan> WaitUntilReadyAsync(TimeSpan timeout, CancellationToken ct = default)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var ready = new Uri(Address, "health/ready");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The silo exited with code {process.ExitCode} before it was ready. Its last output:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await http.GetAsync(ready, ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    StartToReady = sinceStart.Elapsed;
                    return StartToReady.Value;
                }
            }
            catch (HttpRequestException)
            {
                // Kestrel is not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // Busy starting.
            }

            await Task.Delay(PollInterval, ct);
        }

        throw new TimeoutException($"The silo was not ready within {timeout}. Its last output:{Environment.NewLine}{Output}");
    }

    /// <summary>SIGTERM, what an orchestrator sends: the silo drains, hands its grains over and exits.</summary>
    public void Terminate()
    {
        if (OperatingSystem.IsWindows())
        {
            process.Kill(entireProcessTree: false);
            return;
        }

        // .NET cannot send SIGTERM itself (Kill sends SIGKILL).
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })
            ?? throw new InvalidOperationException("kill did not start.");
        kill.WaitForExit();
        if (kill.ExitCode != 0 && !process.HasExited)
        {
            throw new InvalidOperationException($"kill -TERM {process.Id} exited with {kill.ExitCode}.");
        }
    }

    /// <summary>Waits for the process to exit; returns its exit code, or fails with its output.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The silo did not exit within {timeout}. Its last output:{Environment.NewLine}{Output}");
        }

        return process.ExitCode;
    }

    /// <summary>
    /// Stops the silo gracefully (SIGTERM, so it also stops a PostgreSQL it started) and waits up to
    /// <paramref name="timeout"/>; kills it after that. Returns how long the stop took and whether it exited with 0 in time.
    /// </summary>
    public async Task<(TimeSpan Took, bool Graceful)> StopAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        if (process.HasExited)
        {
            return (TimeSpan.Zero, process.ExitCode == 0);
        }

        Terminate();
        try
        {
            return (clock.Elapsed, await WaitForExitAsync(timeout) == 0);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            return (clock.Elapsed, false);
        }
    }

    /// <summary><c>kill -9</c>: no shutdown, no goodbye to the cluster.</summary>
    public void Kill()
    {
        process.Kill();
        process.WaitForExit();
    }

    /// <summary>Peak (VmHWM) and current (VmRSS) resident set of the process in MiB, from /proc; null elsewhere.</summary>
    public (double PeakMiB, double CurrentMiB)? ReadMemory()
    {
        var status = $"/proc/{process.Id}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var lines = File.ReadAllLines(status);
        double? Read(string field) => lines.FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal)) is { } line
            ? double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024
            : null;
        return Read("VmHWM:") is { } peak && Read("VmRSS:") is { } current ? (peak, current) : null;
    }

    /// <summary>Kills the process if it still runs.</summary>
    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    /// <inheritdoc cref="Dispose"/>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
