using System.Xml;

namespace MedDevice.Hub.Core.Xml;

/// <summary>
/// The one way partner XML is read: no DTD (so no entity expansion and no external entities), no resolver,
/// bounded size, depth and element count. Pure parsing of a stream the caller passes in; no file or network access.
/// </summary>
public static class SafeXml
{
    /// <summary>Reader settings that refuse DTDs, resolve nothing and cap the document size.</summary>
    public static XmlReaderSettings Settings(SafeXmlLimits? limits = null) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = (limits ?? SafeXmlLimits.Default).MaxCharacters,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>
    /// A reader over <paramref name="input"/> that throws <see cref="SafeXmlException"/> (with a coded
    /// <see cref="SafeXmlIssue"/>) on a DTD, malformed XML or a broken limit.
    /// </summary>
    public static XmlReader CreateReader(Stream input, SafeXmlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var effective = limits ?? SafeXmlLimits.Default;
        return new LimitedXmlReader(XmlReader.Create(input, Settings(effective)), effective);
    }

    /// <summary>The same reader over text already decoded.</summary>
    public static XmlReader CreateReader(TextReader input, SafeXmlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var effective = limits ?? SafeXmlLimits.Default;
        return new LimitedXmlReader(XmlReader.Create(input, Settings(effective)), effective);
    }

    /// <summary>Reads the whole document and returns why it is refused, or null when it is acceptable.</summary>
    public static SafeXmlIssue? Check(Stream input, SafeXmlLimits? limits = null)
    {
        try
        {
            using var reader = CreateReader(input, limits);
            while (reader.Read())
            {
            }

            return null;
        }
        catch (SafeXmlException ex)
        {
            return ex.Issue;
        }
    }

    /// <summary>The coded issue for an exception thrown by a reader from <see cref="CreateReader(Stream, SafeXmlLimits?)"/>, or null if it is not an XML problem.</summary>
    public static SafeXmlIssue? IssueOf(Exception exception) => exception switch
    {
        SafeXmlException safe => safe.Issue,
        XmlException xml => Classify(xml),
        _ => null,
    };

    internal static SafeXmlIssue Classify(XmlException ex)
    {
        // XmlReader reports these limits only through its message; the text is the framework's own.
        var code = ex.Message.Contains("DTD", StringComparison.Ordinal) ? SafeXmlErrorCodes.DtdProhibited
            : ex.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) ? SafeXmlErrorCodes.TooLarge
            : SafeXmlErrorCodes.Malformed;
        var message = code switch
        {
            SafeXmlErrorCodes.DtdProhibited => "DTDs are not accepted.",
            SafeXmlErrorCodes.TooLarge => "The XML document is too large.",
            _ => "Malformed XML: " + ex.Message,
        };
        return new SafeXmlIssue(code, message, ex.LineNumber, ex.LinePosition);
    }
}
