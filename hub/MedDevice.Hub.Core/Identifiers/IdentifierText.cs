using System.Text;

namespace MedDevice.Hub.Core.Identifiers;

/// <summary>Input clean-up shared by the identifier parsers: typed and pasted values carry stray spaces and odd dashes.</summary>
internal static class IdentifierText
{
    /// <summary>Removes all white space (including no-break spaces), maps dash look-alikes to '-' and upper-cases invariantly.</summary>
    public static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                continue;
            }

            builder.Append(c switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ => char.ToUpperInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// <summary>True when every character is an ASCII digit (and there is at least one).</summary>
    public static bool IsDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');
}
