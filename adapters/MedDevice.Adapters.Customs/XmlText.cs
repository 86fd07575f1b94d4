using System.Text;
using System.Xml;

namespace MedDevice.Adapters.Customs;

/// <summary>Text made safe for an XML 1.0 document: characters XML cannot carry become U+FFFD.</summary>
public static class XmlText
{
    /// <summary>The text with every character XML 1.0 forbids (and every unpaired surrogate) replaced.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (!XmlConvert.IsXmlChar(c))
            {
                return CleanSlow(text);
            }
        }

        return text;
    }

    private static string CleanSlow(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return builder.ToString();
    }
}
