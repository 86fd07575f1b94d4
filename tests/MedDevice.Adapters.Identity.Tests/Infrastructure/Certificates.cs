using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MedDevice.Adapters.Identity.Tests.Infrastructure;

/// <summary>Throwaway self-signed certificates written to a temporary folder as PKCS#12.</summary>
public sealed class Certificates : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("meddevice-identity-tls-").FullName;

    public (string Path, string Sha256) Create(string subject, bool server)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={subject}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(server ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2")], critical: false));
        if (server)
        {
            var san = new SubjectAlternativeNameBuilder();
            san.AddIpAddress(System.Net.IPAddress.Loopback);
            request.CertificateExtensions.Add(san.Build());
        }

        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var path = System.IO.Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "pw"));
        return (path, certificate.GetCertHashString(HashAlgorithmName.SHA256));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
