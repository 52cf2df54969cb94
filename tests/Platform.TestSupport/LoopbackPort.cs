using System.Net;
using System.Net.Sockets;

namespace Platform.TestSupport;

/// <summary>
/// Ports on 127.0.0.1 for silos, servers and probes that tests start. They are taken below the
/// system's ephemeral range: a port from that range (what binding port 0 gives) can become the
/// local port of any outgoing connection (a database pool, an HTTP client) between the moment it
/// is chosen and the moment a silo binds it, or when a stopped silo starts again on it.
/// </summary>
public static class LoopbackPort
{
    private const int Lowest = 10_000;
    private static readonly HashSet<int> Given = [];

    /// <summary>
    /// A port nobody listens on or is connected from right now, below the ephemeral range, not
    /// given before by this process (it may still be taken by another process before it is used).
    /// </summary>
    public static int Free()
    {
        var (below, _) = EphemeralRange();
        for (var attempt = 0; attempt < 1_000; attempt++)
        {
            var port = Random.Shared.Next(Lowest, below);
            lock (Given)
            {
                if (Given.Contains(port) || !IsFree(port))
                    continue;
                Given.Add(port);
                return port;
            }
        }

        throw new InvalidOperationException($"No free port on 127.0.0.1 between {Lowest} and {below}.");
    }

    /// <summary>The first and last port the system gives to outgoing connections (Linux's setting, else IANA's 49152–65535).</summary>
    public static (int First, int Last) EphemeralRange()
    {
        const string Setting = "/proc/sys/net/ipv4/ip_local_port_range";
        if (File.Exists(Setting)
            && File.ReadAllText(Setting).Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries) is [var first, var last]
            && int.TryParse(first, out var from) && int.TryParse(last, out var to) && from > Lowest + 1_000)
            return (from, to);
        return (49_152, 65_535);
    }

    /// <summary>Whether nothing listens on <paramref name="port"/>: a silo or server that should not have started has not.</summary>
    public static bool IsFree(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
