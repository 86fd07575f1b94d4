using System.Text;

namespace MedDevice.Sandbox.Identity;

/// <summary>The contract's name comparison: Unicode NFC, invariant lower case, single spaces; diacritics are significant.</summary>
public static class NameComparison
{
    /// <summary>True when both names are the same under the contract's rule.</summary>
    public static bool Same(string given, string registered) =>
        string.Equals(Normalize(given), Normalize(registered), StringComparison.Ordinal);

    private static string Normalize(string name) =>
        string.Join(' ', name.Normalize(NormalizationForm.FormC).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
