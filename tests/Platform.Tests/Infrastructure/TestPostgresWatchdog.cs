using System.Globalization;

namespace Platform.Tests.Infrastructure;

/// <summary>
/// Removes a test server once the test process is gone, however it ended. The test host
/// is often killed while process-exit handlers still run, and a killed run would otherwise
/// leave a postmaster and its folder behind on the CI box.
/// </summary>
internal static class TestPostgresWatchdog
{
    // $1 = test process id, $2 = folder. Polls the test process; when it is gone, asks the
    // postmaster for an immediate shutdown (SIGQUIT) if it still runs, then deletes the folder.
    private const string Script = """
        (
          while kill -0 "$1" 2>/dev/null; do sleep 1; done
          pidfile="$2/pg/postmaster.pid"
          if [ -f "$pidfile" ]; then
            postmaster=$(head -n 1 "$pidfile")
            case "$(ps -p "$postmaster" -o comm= 2>/dev/null)" in
              *postgres*) kill -QUIT "$postmaster" 2>/dev/null ;;
            esac
            tries=0
            while [ -f "$pidfile" ] && [ "$tries" -lt 100 ]; do sleep 0.1; tries=$((tries + 1)); done
          fi
          rm -rf "$2"
        ) </dev/null >/dev/null 2>&1 &
        """;

    /// <summary>
    /// Starts a detached shell that outlives this process and cleans up
    /// <paramref name="folder"/> after it. Harmless when the folder is already gone.
    /// </summary>
    public static void Watch(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // The outer shell exits at once; the background subshell is re-parented away from
        // the test host, so killing the host's process tree does not take it along.
        var startInfo = new ProcessStartInfo("sh") { UseShellExecute = false };
        foreach (var argument in new[] { "-c", Script, "platform-test-watchdog", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), folder })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var shell = Process.Start(startInfo);
        shell?.WaitForExit();
    }
}
