using System.Text;
using MedDevice.Hub.Core.Privacy;

namespace MedDevice.Hub.Privacy;

/// <summary>
/// The fixed, published key the hub uses in the Development environment when none is configured. Its id is
/// <c>dev</c>, so pseudonyms made with it (<c>psn:dev:…</c>) can never be mistaken for production ones.
/// Never use it for real personal data: anyone can recompute its pseudonyms.
/// </summary>
public static class DevelopmentPseudonymKey
{
    /// <summary>The key id.</summary>
    public const string KeyId = "dev";

    /// <summary>The key text; its UTF-8 bytes are the secret (base64: <see cref="Base64"/>).</summary>
    public const string Text = "meddevice-hub-development-pseudonym-key-NOT-SECRET";

    /// <summary>The key as it would be configured.</summary>
    public static string Base64 => Convert.ToBase64String(Encoding.UTF8.GetBytes(Text));

    /// <summary>The key.</summary>
    public static PseudonymKey Create() => new(KeyId, Encoding.UTF8.GetBytes(Text));
}
