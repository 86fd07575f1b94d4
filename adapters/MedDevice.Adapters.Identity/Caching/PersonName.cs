using System.Text;

namespace MedDevice.Adapters.Identity.Caching;

/// <summary>The contract's name comparison form: Unicode NFC, lower case (invariant), single spaces; diacritics kept.</summary>
internal static class PersonName
{
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Normalize(NormalizationForm.FormC).ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }
}
