using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Platform.Benchmarks;

/// <summary>
/// One run of the built silo as a separate process (<c>dotnet Platform.Silo.dll</c>) on
/// free ports, in durable mode (it starts its own PostgreSQL in the data folder), with
/// warning-level logs and without the per-caller rate limit. The environment is Production,
/// or Development where development tokens are needed (Production refuses them).
/// </summary>
internal sealed class SiloProcess : IDisposable
{
    private const int OutputTailLines = 40;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly OutputTail outputTail = new(OutputTailLines);

    private SiloProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>The silo's HTTP address, <c>http://127.0.0.1:port/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The operating-system id of the silo process.</summary>
    public int Id => process.Id;

    /// <summary>
    /// Starts the silo and waits for the first 200 of <c>/health/ready</c>, polling every
    /// 50 ms. Returns the process and the time from <see cref="Process.Start()"/> to that 200.
    /// </summary>
    public static async Task<(SiloProcess Silo, TimeSpan ToReady)> StartAsync(
        string siloDll, string dataFolder, HttpClient http, CancellationToken ct, string environment = "Production")
    {
        var httpPort = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                siloDll,
                $"--urls=http://127.0.0.1:{httpPort}",
                $"--Platform:DataDirectory={dataFolder}",
                $"--Platform:SiloPort={FreePort()}",
                $"--Platform:GatewayPort={FreePort()}",
                // Every benchmark client calls from 127.0.0.1, one caller to the rate limiter: at the
                // default 600 a minute it would measure the limiter's refusals, not the endpoint.
                "--GraphQL:RateLimit:Enabled=false",
            },
            // The content root (appsettings.json) is the working directory.
            WorkingDirectory = Path.GetDirectoryName(siloDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        BenchmarkSecrets.Apply(start, environment);

        var stopwatch = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the silo.");
        var silo = new SiloProcess(process, new Uri($"http://127.0.0.1:{httpPort}/"));
        process.OutputDataReceived += (_, e) => silo.outputTail.Add(e.Data);
        process.ErrorDataReceived += (_, e) => silo.outputTail.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await silo.WaitUntilReadyAsync(http, ct);
            return (silo, stopwatch.Elapsed);
        }
        catch
        {
            await silo.StopAsync();
            silo.Dispose();
            throw;
        }
    }

    /// <summary>Peak (VmHWM) and current (VmRSS) resident set of the silo process in MiB, from /proc.</summary>
    public (double PeakMiB, double CurrentMiB)? ReadMemory()
    {
        var status = $"/proc/{process.Id}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        double? peak = null, current = null;
        foreach (var line in File.ReadLines(status))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = KibibytesToMebibytes(line);
            }
            else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                current = KibibytesToMebibytes(line);
            }
        }

        return peak is { } p && current is { } c ? (p, c) : null;
    }

    /// <summary>
    /// Stops the silo gracefully (SIGTERM, so it also stops its PostgreSQL) and waits up to
    /// 30 s; kills it after that. Returns how long the stop took and whether it was graceful.
    /// </summary>
    public async Task<(TimeSpan Took, bool Graceful)> StopAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        if (process.HasExited)
        {
            return (TimeSpan.Zero, process.ExitCode == 0);
        }

        SendTerminate();
        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return (stopwatch.Elapsed, process.ExitCode == 0);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            return (stopwatch.Elapsed, false);
        }
    }

    /// <summary>The last lines the silo wrote, for error messages.</summary>
    public string LastOutput() => outputTail.ToString();

    /// <inheritdoc/>
    public void Dispose() => process.Dispose();

    private async Task WaitUntilReadyAsync(HttpClient http, CancellationToken ct)
    {
        var ready = new Uri(BaseAddress, "health/ready");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < ReadyTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The silo exited with code {process.ExitCode} before it was ready. Its last output:{Environment.NewLine}{LastOutput()}");
            }

            try
            {
                using var response = await http.GetAsync(ready, ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Kestrel is not listening yet.
            }

            await Task.Delay(PollInterval, ct);
        }

        throw new TimeoutException($"The silo was not ready after {ReadyTimeout.TotalSeconds:0} s. Its last output:{Environment.NewLine}{LastOutput()}");
    }

    private void SendTerminate()
    {
        if (OperatingSystem.IsWindows())
        {
            process.Kill(entireProcessTree: false);
            return;
        }

        // .NET cannot send SIGTERM itself (Kill sends SIGKILL); the host stops on SIGTERM.
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false });
        kill?.WaitForExit();
    }

    private static double KibibytesToMebibytes(string statusLine) =>
        double.Parse(statusLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
