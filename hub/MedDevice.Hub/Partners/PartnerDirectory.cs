using System.Security.Cryptography;
using System.Text;

namespace MedDevice.Hub.Partners;

/// <summary>
/// Finds the partner behind an <c>Authorization: ApiKey …</c> header. Keys are compared as SHA-256 hashes,
/// so plain keys need not be kept in memory beyond start-up.
/// </summary>
public sealed class PartnerDirectory
{
    private const string Scheme = "ApiKey ";
    private readonly Dictionary<string, Partner> _byKeyHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Partner> _byThumbprint = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds the directory from configuration; plain API keys are honoured only when <paramref name="allowPlainApiKeys"/>.</summary>
    public PartnerDirectory(IEnumerable<PartnerOptions> partners, bool allowPlainApiKeys = true)
    {
        ArgumentNullException.ThrowIfNull(partners);
        foreach (var options in partners.Where(p => !string.IsNullOrWhiteSpace(p.Id) && p.Enabled))
        {
            var partner = new Partner(options.Id,
                options.Feeds.ToHashSet(StringComparer.Ordinal),
                options.Roles.ToHashSet(StringComparer.OrdinalIgnoreCase),
                options.RateLimitPerSecond)
            {
                FhirInteractions = options.FhirInteractions.ToHashSet(StringComparer.Ordinal),
                CertificateThumbprints = options.CertificateThumbprints.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList(),
            };
            foreach (var thumbprint in options.CertificateThumbprints.Where(t => !string.IsNullOrWhiteSpace(t)))
            {
                _byThumbprint[thumbprint.Replace(":", "", StringComparison.Ordinal).Trim()] = partner;
            }

            if (allowPlainApiKeys && !string.IsNullOrEmpty(options.ApiKey))
            {
                _byKeyHash[Hash(options.ApiKey)] = partner;
            }

            if (!string.IsNullOrEmpty(options.ApiKeyHash))
            {
                var hash = options.ApiKeyHash.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? options.ApiKeyHash[7..] : options.ApiKeyHash;
                _byKeyHash[hash.ToLowerInvariant()] = partner;
            }
        }
    }

    /// <summary>Hex SHA-256 of an API key, as <c>ApiKeyHash</c> expects it.</summary>
    public static string Hash(string apiKey) => Core.Security.ApiKeys.Hash(apiKey);

    /// <summary>The partner presenting a client certificate with this SHA-256 or SHA-1 thumbprint, or null.</summary>
    public Partner? AuthenticateCertificate(System.Security.Cryptography.X509Certificates.X509Certificate2? certificate)
    {
        if (certificate is null)
        {
            return null;
        }

        return _byThumbprint.GetValueOrDefault(certificate.GetCertHashString(HashAlgorithmName.SHA256))
            ?? _byThumbprint.GetValueOrDefault(certificate.Thumbprint);
    }

    /// <summary>The partner for an Authorization header value, or null.</summary>
    public Partner? Authenticate(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var key = authorization[Scheme.Length..].Trim();
        return key.Length == 0 ? null : _byKeyHash.GetValueOrDefault(Hash(key));
    }
}
