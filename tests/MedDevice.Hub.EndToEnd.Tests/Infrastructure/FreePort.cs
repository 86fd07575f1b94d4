using System.Net;
using System.Net.Sockets;

namespace MedDevice.Hub.EndToEnd.Infrastructure;

/// <summary>A currently unused loopback TCP port (the OS picks it; the tiny reuse race is acceptable in tests).</summary>
public static class FreePort
{
    /// <summary>Asks the OS for a free port.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
