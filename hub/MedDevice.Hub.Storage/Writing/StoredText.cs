using MedDevice.Hub.Core.Privacy;

namespace MedDevice.Hub.Storage.Writing;

/// <summary>
/// Free text the hub writes beside a payload (reasons, error messages) can echo payload values — a parser quoting
/// the literal it rejected. Personal identifiers are redacted before such text is stored; payload blobs are not
/// touched.
/// </summary>
internal static class StoredText
{
    /// <summary>The text with personal-identifier-shaped values redacted.</summary>
    public static string? Redact(string? text) => text is null ? null : PersonalDataRedactor.Redact(text);
}
