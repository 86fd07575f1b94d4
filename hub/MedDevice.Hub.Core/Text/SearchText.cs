using System.Globalization;
using System.Text;

namespace MedDevice.Hub.Core.Text;

/// <summary>
/// The folded form of text for string search: lower-case, without diacritics (Vietnamese tone and vowel marks),
/// <c>đ</c>/<c>Đ</c> read as <c>d</c>, whitespace collapsed to single spaces and trimmed. "Máy  thở" → "may tho".
/// Stored values and search input are folded the same way, so a prefix match on the folded forms is
/// accent- and case-insensitive.
/// </summary>
public static class SearchText
{
    /// <summary>The folded form of <paramref name="text"/> (empty for null or blank input).</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = WellFormed(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }

        // Recompose what is left (e.g. Hangul, or letters whose marks were not combining) into a stable form.
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    // Normalize throws on lone surrogates; replace them with U+FFFD as a UTF-8 round trip would.
    private static string WellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                return string.Create(text.Length, text, static (span, source) =>
                {
                    for (var j = 0; j < source.Length; j++)
                    {
                        var pair = char.IsHighSurrogate(source[j]) && j + 1 < source.Length && char.IsLowSurrogate(source[j + 1]);
                        if (pair)
                        {
                            span[j] = source[j];
                            span[j + 1] = source[j + 1];
                            j++;
                        }
                        else
                        {
                            span[j] = char.IsSurrogate(source[j]) ? '\uFFFD' : source[j];
                        }
                    }
                });
            }

            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }

        return text;
    }
}
