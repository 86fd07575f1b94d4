using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MedDevice.Hub.Partners;
using MedDevice.Hub.Security;

namespace MedDevice.Hub.Sandbox;

/// <summary>
/// The simulated customs partner: an ephemeral RSA-2048 signing certificate and a random API key, both made in memory at
/// start-up and forgotten when the process ends. The hub knows it as a configuration partner (only the key's hash and the
/// certificate's thumbprint), under a list index that no user-configured partner can take.
/// </summary>
public sealed class CustomsSimulatorPartner : IDisposable
{
    /// <summary>The partner id (NSW <c>From/identity</c>).</summary>
    public const string PartnerId = "sandbox-customs";

    /// <summary>
    /// The partner's index under <c>Hub:Partners</c>: not a number, so it never overwrites <c>Hub:Partners:N</c> of the user
    /// (the list binder takes every child, numbers first).
    /// </summary>
    public const string ConfigurationIndex = "sandbox-customs";

    private CustomsSimulatorPartner(X509Certificate2 certificate, string apiKey)
    {
        Certificate = certificate;
        ApiKey = apiKey;
    }

    /// <summary>The signing certificate with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The API key the simulator authenticates with.</summary>
    public string ApiKey { get; }

    /// <summary>Hex SHA-256 thumbprint of <see cref="Certificate"/>, as registered.</summary>
    public string Sha256Thumbprint => Certificate.GetCertHashString(HashAlgorithmName.SHA256);

    /// <summary>Makes the certificate (valid from an hour ago for 30 days) and the key.</summary>
    public static CustomsSimulatorPartner Create(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Customs simulator (MedDevice.Hub sandbox) - ephemeral", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        var now = time.GetUtcNow();
        using var created = request.CreateSelfSigned(now.AddHours(-1), now.AddDays(30));
        // Re-imported so the private key is usable for signing on every platform.
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
        return new CustomsSimulatorPartner(certificate, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    }

    /// <summary>The configuration entries registering the partner: role customs, the key's hash, the certificate's thumbprint.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ConfigurationEntries()
    {
        var prefix = $"{PartnerOptions.SectionName}:{ConfigurationIndex}:";
        yield return new(prefix + nameof(PartnerOptions.Id), PartnerId);
        yield return new(prefix + nameof(PartnerOptions.Name), "Customs simulator (sandbox)");
        yield return new(prefix + nameof(PartnerOptions.Roles) + ":0", Customs.CustomsOperations.Role);
        yield return new(prefix + nameof(PartnerOptions.ApiKeyHash), "sha256:" + PartnerDirectory.Hash(ApiKey));
        yield return new(prefix + nameof(PartnerOptions.CertificateThumbprints) + ":0", Sha256Thumbprint);
    }

    /// <inheritdoc />
    public void Dispose() => Certificate.Dispose();
}
