using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MedDevice.Hub.Tests.Infrastructure;

/// <summary>The production profile with everything it refuses to start without, from throwaway keys and certificates.</summary>
public static class ProductionProfile
{
    /// <summary>
    /// <c>Hub:Security:Profile=Production</c> with the mutual-TLS port and server certificate, an audit signing key (written
    /// into <paramref name="folder"/>), the customs signing certificate (<paramref name="server"/> again) and a random pseudonym key.
    /// </summary>
    public static HubFactory WithProductionProfile(this HubFactory factory, X509Certificate2 server, string folder, int? mtlsPort = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(server);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var signingKey = Path.Combine(folder, Guid.NewGuid().ToString("N") + "-audit-signing.pem");
        File.WriteAllText(signingKey, key.ExportPkcs8PrivateKeyPem());
        return factory
            .With("Hub:Security:Profile", "Production")
            .With("Hub:Security:MtlsPort", (mtlsPort ?? FreeTcpPort()).ToString(CultureInfo.InvariantCulture))
            .With("Hub:Security:ServerCertificatePath", TestCertificates.WritePfx(server, folder))
            .With("Hub:Security:ServerCertificatePassword", "pw")
            .With("Hub:Audit:SigningKeyPath", signingKey)
            .With("Hub:Customs:SigningCertificatePath", TestCertificates.WritePfx(server, folder))
            .With("Hub:Customs:SigningCertificatePassword", "pw")
            .With("Hub:Privacy:PseudonymKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    }

    /// <summary>A loopback port free right now.</summary>
    public static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
