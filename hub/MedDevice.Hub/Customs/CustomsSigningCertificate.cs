using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MedDevice.Adapters.Customs.Signing;

namespace MedDevice.Hub.Customs;

/// <summary>
/// The certificate the hub signs customs replies with: loaded from <c>Hub:Customs:SigningCertificatePath</c>, or, in the
/// development profile only, an ephemeral self-signed one made at start (a warning is logged; partners cannot pin it).
/// </summary>
public sealed class CustomsSigningCertificate : IDisposable
{
    private CustomsSigningCertificate(X509Certificate2 certificate, bool ephemeral)
    {
        Certificate = certificate;
        Ephemeral = ephemeral;
    }

    /// <summary>The certificate with its RSA private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>True for the development certificate made at start.</summary>
    public bool Ephemeral { get; }

    /// <summary>Hex SHA-256 thumbprint partners pin.</summary>
    public string Sha256Thumbprint => Certificate.GetCertHashString(HashAlgorithmName.SHA256);

    /// <summary>Loads the configured certificate or, in development, makes an ephemeral one.</summary>
    public static CustomsSigningCertificate Load(CustomsOptions options, bool production, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (!string.IsNullOrWhiteSpace(options.SigningCertificatePath))
        {
            var loaded = X509CertificateLoader.LoadPkcs12FromFile(options.SigningCertificatePath, options.SigningCertificatePassword);
            if (!EnvelopeSigner.CanSign(loaded))
            {
                loaded.Dispose();
                throw new InvalidOperationException("Hub:Customs:SigningCertificatePath must hold an RSA certificate with its private key.");
            }

            return new CustomsSigningCertificate(loaded, ephemeral: false);
        }

        if (production)
        {
            throw new InvalidOperationException("Production profile refused to start: Hub:Customs:SigningCertificatePath must name the hub's customs signing certificate (PKCS#12).");
        }

        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=MedDevice.Hub customs signing - development - ephemeral", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = time.GetUtcNow();
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(1));
        // Re-imported so the private key is usable for signing on every platform.
        return new CustomsSigningCertificate(X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null), ephemeral: true);
    }

    /// <inheritdoc />
    public void Dispose() => Certificate.Dispose();
}
