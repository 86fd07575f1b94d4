using System.Buffers;
using System.Text;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

/// <summary>Percent-escaping for GS1 Digital Link path elements and query values (RFC 3986 unreserved set).</summary>
internal static class Gs1UriEscaping
{
    private static readonly SearchValues<char> Unreserved =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");

    /// <summary>Escapes everything but unreserved characters; a space is "%20" in paths and "+" in queries.</summary>
    public static string Escape(ReadOnlySpan<char> value, bool query)
    {
        if (value.IndexOfAnyExcept(Unreserved) < 0)
        {
            return value.ToString();
        }

        var sb = new StringBuilder(value.Length + 8);
        Append(sb, value, query);
        return sb.ToString();
    }

    /// <summary>Appends the escaped form of <paramref name="value"/>.</summary>
    public static void Append(StringBuilder sb, ReadOnlySpan<char> value, bool query)
    {
        foreach (var c in value)
        {
            if (Unreserved.Contains(c))
            {
                sb.Append(c);
            }
            else if (c == ' ' && query)
            {
                sb.Append('+');
            }
            else
            {
                sb.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>Reverses "%hh" escapes (invalid ones are kept); in query values "+" means a space.</summary>
    public static string Unescape(ReadOnlySpan<char> value, bool query)
    {
        if (value.IndexOfAny('%', '+') < 0)
        {
            return value.ToString();
        }

        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length && char.IsAsciiHexDigit(value[i + 1]) && char.IsAsciiHexDigit(value[i + 2]))
            {
                sb.Append((char)Convert.ToInt32(value.Slice(i + 1, 2).ToString(), 16));
                i += 2;
            }
            else
            {
                sb.Append(c == '+' && query ? ' ' : c);
            }
        }

        return sb.ToString();
    }
}
