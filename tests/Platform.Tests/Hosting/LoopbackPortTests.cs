using System.Net.Sockets;

namespace Platform.Tests.Hosting;

/// <summary>
/// The ports tests give their silos lie below the system's ephemeral range, where no outgoing
/// connection takes them between their choice and their use, and are never given twice.
/// </summary>
public sealed class LoopbackPortTests
{
    [Fact]
    public void FreePorts_LieBelowTheEphemeralRange_AreDistinct_AndCanBeBound()
    {
        var (first, last) = LoopbackPort.EphemeralRange();
        Assert.True(first < last);
        var ports = Enumerable.Range(0, 50).Select(_ => LoopbackPort.Free()).ToList();
        Assert.Equal(ports.Count, ports.Distinct().Count());
        Assert.All(ports, port => Assert.InRange(port, 1_024, first - 1));

        var listener = new TcpListener(IPAddress.Loopback, ports[0]);
        listener.Start();
        try
        {
            Assert.False(LoopbackPort.IsFree(ports[0]));
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void AnOutgoingConnectionsLocalPort_IsNotFree()
    {
        // What the ephemeral range risks: a connection's own port blocks a silo's listener on it.
        var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        try
        {
            using var client = new TcpClient();
            client.Connect((IPEndPoint)server.LocalEndpoint);
            var local = ((IPEndPoint)client.Client.LocalEndPoint!).Port;
            Assert.False(LoopbackPort.IsFree(local));
        }
        finally
        {
            server.Stop();
        }
    }
}
