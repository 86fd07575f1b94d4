using System.Globalization;
using System.Text;

namespace MedDevice.Hub.Cli.Udi;

/// <summary>
/// Writes a JSON string literal the way the jsonl contract fixes it: non-ASCII left as is, control characters
/// as lower-case <c>\u00xx</c> (so GS is <c>\u001d</c>; Utf8JsonWriter would write <c>\u001D</c>), the short
/// escapes for quote, backslash, BS, FF, LF, CR, TAB, and U+2028/U+2029 escaped for JavaScript consumers.
/// Lone surrogates become U+FFFD, as System.Text.Json does.
/// </summary>
internal static class JsonStringLiteral
{
    /// <summary>Returns <paramref name="value"/> as a quoted, escaped JSON string.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ' or '\u007F' or '\u2028' or '\u2029':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]):
                    builder.Append(c).Append(value[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    builder.Append('\uFFFD');
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }
}
