using System.Net;
using System.Net.Sockets;

namespace ProvenanceLedger.Testing;

/// <summary>A loopback port nothing listens on right now.</summary>
public static class FreePort
{
    /// <summary>The port number.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>An http://127.0.0.1:port/ address on such a port.</summary>
    public static Uri LoopbackUrl() => new($"http://127.0.0.1:{Next().ToString(System.Globalization.CultureInfo.InvariantCulture)}/");
}
