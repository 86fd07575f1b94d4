using System.Net;
using System.Net.Sockets;

namespace MedDevice.Adapters.Testing;

/// <summary>Loopback addresses for tests.</summary>
public static class LoopbackPorts
{
    /// <summary>An endpoint on 127.0.0.1 where nothing listens (a port just released by the OS).</summary>
    public static Uri Closed(string scheme = "http")
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"{scheme}://127.0.0.1:{port}");
    }
}
