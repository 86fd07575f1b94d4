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

    /// <summary>Builds the directory from configuration.</summary>
    public PartnerDirectory(IEnumerable<PartnerOptions> partners)
    {
        ArgumentNullException.ThrowIfNull(partners);
        foreach (var options in partners.Where(p => !string.IsNullOrWhiteSpace(p.Id)))
        {
            var partner = new Partner(options.Id,
                options.Feeds.ToHashSet(StringComparer.Ordinal),
                options.Roles.ToHashSet(StringComparer.OrdinalIgnoreCase));
            if (!string.IsNullOrEmpty(options.ApiKey))
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
    public static string Hash(string apiKey) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));

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
