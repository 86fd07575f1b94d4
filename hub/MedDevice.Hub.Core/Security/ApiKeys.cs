using System.Security.Cryptography;
using System.Text;

namespace MedDevice.Hub.Core.Security;

/// <summary>API keys: how they are made and the only form in which they are stored (lower-case hex SHA-256).</summary>
public static class ApiKeys
{
    /// <summary>A new random key (256 bits, URL-safe base64).</summary>
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form of a key, as <c>ApiKeyHash</c> expects it.</summary>
    public static string Hash(string apiKey)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));
    }
}
