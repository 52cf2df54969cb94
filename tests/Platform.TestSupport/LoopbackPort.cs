using System.Net;
using System.Net.Sockets;

namespace Platform.TestSupport;

/// <summary>Ports on 127.0.0.1 for silos, servers and probes that tests start.</summary>
public static class LoopbackPort
{
    /// <summary>A port nobody listens on right now (the system's choice; it may be taken again before it is used).</summary>
    public static int Free()
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
