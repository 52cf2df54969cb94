using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Platform.Tests.Cluster;

/// <summary>
/// One silo of a shared (ADO.NET) cluster run as its own process: the built
/// <c>Platform.Silo.dll</c>, on free loopback ports, so a test can <c>kill -9</c> it.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly List<string> _exceptionLines = [];
    private readonly Stopwatch _sinceStart = Stopwatch.StartNew();
    private int _internalLinesToKeep;

    private SiloProcess(Process process, Uri address, int siloPort)
    {
        _process = process;
        Address = address;
        SiloPort = siloPort;
    }

    /// <summary>Where the silo serves HTTP.</summary>
    public Uri Address { get; }

    /// <summary>The silo-to-silo port (its row in the membership table).</summary>
    public int SiloPort { get; }

    /// <summary>True once the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>How long the last <see cref="WaitUntilReadyAsync"/> took from the process's start to its first 200.</summary>
    public TimeSpan? StartToReady { get; private set; }

    /// <summary>
    /// Starts a silo on <paramref name="connectionString"/> sharing <paramref name="dataDirectory"/> (keys);
    /// <paramref name="settings"/> (<c>Section:Key=value</c>) override the defaults below.
    /// </summary>
    public static SiloProcess Start(string connectionString, string dataDirectory, params string[] settings)
    {
        var (httpPort, siloPort, gatewayPort) = (FreePort(), FreePort(), FreePort());
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            SiloDll(), "--urls", $"http://127.0.0.1:{httpPort}", "--environment", "Development",
            $"--ConnectionStrings:Platform={connectionString}", $"--Platform:DataDirectory={dataDirectory}",
            $"--Platform:SiloPort={siloPort}", $"--Platform:GatewayPort={gatewayPort}",
            "--Cluster:Membership=AdoNet", "--Cluster:AdvertisedAddress=127.0.0.1",
            "--Storage:AllowUnsafeDurability=true", "--Logging:LogLevel:Default=Warning",

            // The fault tests write as one caller, far faster than a person would.
            "--GraphQL:RateLimit:PermitsPerMinute=1000000", "--GraphQL:RateLimit:Burst=100000",
        }.Concat(settings.Select(setting => "--" + setting)))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var silo = new SiloProcess(process, new Uri($"http://127.0.0.1:{httpPort}/"), siloPort);
        process.OutputDataReceived += (_, e) => silo.Append(e.Data);
        process.ErrorDataReceived += (_, e) => silo.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200, or fails with the silo's output.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The silo exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Address, "health/ready"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    StartToReady = _sinceStart.Elapsed;
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The silo was not ready within {timeout}:\n{Output}");
    }

    /// <summary>What the silo printed (the last lines).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// The lines the silo printed that name an exception, all of them since it started (the
    /// <see cref="Output"/> keeps only the last lines).
    /// </summary>
    public IReadOnlyList<string> ExceptionLines
    {
        get
        {
            lock (_exceptionLines)
            {
                return [.. _exceptionLines];
            }
        }
    }

    /// <summary>SIGTERM, what an orchestrator sends: the silo drains, hands its grains over and exits.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -TERM {_process.Id} exited with {kill.ExitCode}.");
        }
    }

    /// <summary>Waits for the process to exit; returns its exit code, or fails with its output.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The silo did not exit within {timeout}:\n{Output}");
        }

        return _process.ExitCode;
    }

    /// <summary><c>kill -9</c>: no shutdown, no goodbye to the cluster.</summary>
    public void Kill()
    {
        // Process.Kill sends SIGKILL on Unix.
        _process.Kill();
        _process.WaitForExit();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        // The line that names a failure's exception follows the log line that names the failure.
        if (line.Contains("saw INTERNAL", StringComparison.Ordinal) || Interlocked.Decrement(ref _internalLinesToKeep) >= 0)
        {
            if (line.Contains("saw INTERNAL", StringComparison.Ordinal))
            {
                Interlocked.Exchange(ref _internalLinesToKeep, 3);
            }

            lock (_exceptionLines)
            {
                _exceptionLines.Add("INTERNAL> " + line);
            }
        }

        if (line.Contains("Exception", StringComparison.Ordinal))
        {
            lock (_exceptionLines)
            {
                if (_exceptionLines.Count < 10_000)
                {
                    _exceptionLines.Add(line);
                }
            }
        }

        lock (_output)
        {
            if (_output.Length > 64_000)
            {
                _output.Remove(0, 32_000);
            }

            _output.AppendLine(line);
        }
    }

    // The silo project's own build output, in the configuration the tests were built in.
    private static string SiloDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Configuration>/net10.0/
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var dll = Path.Combine(folder.FullName, "silo", "Platform.Silo", "bin", configuration, "net10.0", "Platform.Silo.dll");
            if (File.Exists(dll))
            {
                return dll;
            }
        }

        throw new FileNotFoundException("Platform.Silo.dll not found: build the solution first.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
