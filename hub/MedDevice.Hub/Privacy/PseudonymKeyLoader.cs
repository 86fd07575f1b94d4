using MedDevice.Hub.Core.Privacy;

namespace MedDevice.Hub.Privacy;

/// <summary>Reads the pseudonym key from <see cref="PrivacyOptions"/> (inline base64 or a file holding it).</summary>
public static class PseudonymKeyLoader
{
    /// <summary>The message when no key is configured outside Development.</summary>
    public const string MissingKeyMessage =
        "No pseudonym key configured. Set Hub:Privacy:PseudonymKey (base64 of at least 32 random bytes, e.g. `openssl rand -base64 32`) "
        + "or Hub:Privacy:PseudonymKeyPath (a file holding it). Outside the Development environment the hub does not start without it.";

    /// <summary>Loads the key; in Development a missing key is replaced by <see cref="DevelopmentPseudonymKey"/>.</summary>
    public static PseudonymKeyLoad Load(PrivacyOptions options, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(options);
        var inline = options.PseudonymKey;
        var path = options.PseudonymKeyPath;
        if (!string.IsNullOrWhiteSpace(inline) && !string.IsNullOrWhiteSpace(path))
        {
            return Fail("Set only one of Hub:Privacy:PseudonymKey and Hub:Privacy:PseudonymKeyPath.");
        }

        if (string.IsNullOrWhiteSpace(inline) && string.IsNullOrWhiteSpace(path))
        {
            return isDevelopment ? new PseudonymKeyLoad(DevelopmentPseudonymKey.Create(), true, null) : Fail(MissingKeyMessage);
        }

        string source;
        if (!string.IsNullOrWhiteSpace(path))
        {
            if (!File.Exists(path))
            {
                return Fail($"Hub:Privacy:PseudonymKeyPath names a file that does not exist: {path}");
            }

            inline = File.ReadAllText(path);
            source = "the file at Hub:Privacy:PseudonymKeyPath";
        }
        else
        {
            source = "Hub:Privacy:PseudonymKey";
        }

        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(inline!.Trim());
        }
        catch (FormatException)
        {
            return Fail($"The pseudonym key in {source} is not valid base64.");
        }

        if (secret.Length < PseudonymKey.MinimumSecretBytes)
        {
            return Fail($"The pseudonym key in {source} is {secret.Length} bytes; at least {PseudonymKey.MinimumSecretBytes} are required.");
        }

        try
        {
            return new PseudonymKeyLoad(new PseudonymKey(options.PseudonymKeyId, secret), false, null);
        }
        catch (ArgumentException ex)
        {
            return Fail($"Hub:Privacy:PseudonymKeyId is unusable: {ex.Message}");
        }
    }

    private static PseudonymKeyLoad Fail(string message) => new(null, false, message);
}
