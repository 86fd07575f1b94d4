namespace MedDevice.Hub.Core.Xml;

/// <summary>Stable codes for XML payloads refused by <see cref="SafeXml"/>.</summary>
public static class SafeXmlErrorCodes
{
    /// <summary>The document is not well-formed XML.</summary>
    public const string Malformed = "XML-001";

    /// <summary>The document carries a DTD (<c>&lt;!DOCTYPE</c>), which also rules out entity expansion and external entities.</summary>
    public const string DtdProhibited = "XML-002";

    /// <summary>The document has more characters than <see cref="SafeXmlLimits.MaxCharacters"/>.</summary>
    public const string TooLarge = "XML-003";

    /// <summary>Elements are nested deeper than <see cref="SafeXmlLimits.MaxDepth"/>.</summary>
    public const string TooDeep = "XML-004";

    /// <summary>The document has more elements than <see cref="SafeXmlLimits.MaxElements"/>.</summary>
    public const string TooManyElements = "XML-005";
}
