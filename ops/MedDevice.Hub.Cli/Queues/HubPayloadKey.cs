using System.Text;
using MedDevice.Hub.Core.Privacy;
using MedDevice.Hub.Storage.Protection;
using Microsoft.Extensions.Configuration;

namespace MedDevice.Hub.Cli.Queues;

/// <summary>
/// The payload protector the host would use for the same configuration: AES-256-GCM under the key derived from
/// <c>Hub:Privacy:PseudonymKey</c> (or <c>PseudonymKeyPath</c>); outside the production profile a missing key means the
/// published development key, as in the host. Registry resources written by hubctl are then encrypted at rest exactly
/// like those the API writes, and readable by it.
/// </summary>
/// <remarks>Mirrors the host's <c>PseudonymKeyLoader</c> and <c>DevelopmentPseudonymKey</c>, which live in the host project.</remarks>
internal static class HubPayloadKey
{
    /// <summary>The HKDF purpose of the payload key (the host's <c>PrivacyServiceExtensions</c>).</summary>
    private const string Purpose = "payload-encryption-v1";

    /// <summary>The development key's text (the host's <c>DevelopmentPseudonymKey.Text</c>; published, protects nothing).</summary>
    private const string DevelopmentKeyText = "meddevice-hub-development-pseudonym-key-NOT-SECRET";

    /// <summary>The protector; throws <see cref="HubKeyException"/> with the reason when the key is unusable.</summary>
    public static AesGcmPayloadProtector Create(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var inline = configuration["Hub:Privacy:PseudonymKey"];
        var path = configuration["Hub:Privacy:PseudonymKeyPath"];
        var production = string.Equals(configuration["Hub:Security:Profile"], "Production", StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(inline) && !string.IsNullOrWhiteSpace(path))
        {
            throw new HubKeyException("Set only one of Hub:Privacy:PseudonymKey and Hub:Privacy:PseudonymKeyPath.");
        }

        byte[] secret;
        if (string.IsNullOrWhiteSpace(inline) && string.IsNullOrWhiteSpace(path))
        {
            secret = production
                ? throw new HubKeyException("No pseudonym key configured (Hub:Privacy:PseudonymKey or PseudonymKeyPath); the production profile needs one.")
                : Encoding.UTF8.GetBytes(DevelopmentKeyText);
        }
        else
        {
            var text = string.IsNullOrWhiteSpace(path) ? inline! : File.ReadAllText(path);
            try
            {
                secret = Convert.FromBase64String(text.Trim());
            }
            catch (FormatException)
            {
                throw new HubKeyException("The configured pseudonym key is not valid base64.");
            }
        }

        try
        {
            return new AesGcmPayloadProtector(new PseudonymKey("payload", secret).DeriveSubkey(Purpose));
        }
        catch (ArgumentException ex)
        {
            throw new HubKeyException("The configured pseudonym key is unusable: " + ex.Message, ex);
        }
    }
}
