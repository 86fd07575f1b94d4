using System.Xml;

namespace MedDevice.Adapters.Customs.Declaration;

/// <summary>Reads child elements of a validated document by local name in one namespace.</summary>
internal static class XmlChildren
{
    public static XmlElement? First(XmlNode parent, string name, string ns)
    {
        for (var node = parent.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is XmlElement element && element.LocalName == name && element.NamespaceURI == ns)
            {
                return element;
            }
        }

        return null;
    }

    public static IEnumerable<XmlElement> All(XmlNode parent, string name, string ns)
    {
        for (var node = parent.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is XmlElement element && element.LocalName == name && element.NamespaceURI == ns)
            {
                yield return element;
            }
        }
    }

    public static IEnumerable<XmlElement> Elements(XmlNode parent)
    {
        for (var node = parent.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is XmlElement element)
            {
                yield return element;
            }
        }
    }

    /// <summary>The trimmed text of a child; empty when it is absent (the schema has already required what must be there).</summary>
    public static string Text(XmlNode parent, string name, string ns) => First(parent, name, ns)?.InnerText.Trim() ?? "";
}
