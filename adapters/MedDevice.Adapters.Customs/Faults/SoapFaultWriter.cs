using System.Globalization;
using System.Text;
using System.Xml;

namespace MedDevice.Adapters.Customs.Faults;

/// <summary>Writes a SOAP 1.1 Fault whose detail is a <c>CustomsFault</c> (code, reason, message id, position).</summary>
public static class SoapFaultWriter
{
    /// <summary>The SOAP 1.1 content type.</summary>
    public const string ContentType = "text/xml; charset=utf-8";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    /// <summary>The fault message (UTF-8).</summary>
    public static byte[] Write(CustomsFault fault, string? messageId)
    {
        ArgumentNullException.ThrowIfNull(fault);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("soap", "Envelope", CustomsNamespaces.Soap11);
            writer.WriteStartElement("soap", "Body", CustomsNamespaces.Soap11);
            writer.WriteStartElement("soap", "Fault", CustomsNamespaces.Soap11);
            writer.WriteElementString("faultcode", "soap:" + fault.Kind switch
            {
                CustomsFaultKind.Server => "Server",
                CustomsFaultKind.VersionMismatch => "VersionMismatch",
                _ => "Client",
            });
            writer.WriteStartElement("faultstring");
            writer.WriteAttributeString("xml", "lang", null, "en");
            writer.WriteString(XmlText.Clean(fault.Code + ": " + fault.Reason));
            writer.WriteEndElement();
            writer.WriteStartElement("detail");
            writer.WriteStartElement("CustomsFault", CustomsNamespaces.Declaration);
            writer.WriteElementString("Code", CustomsNamespaces.Declaration, XmlText.Clean(fault.Code));
            writer.WriteElementString("Reason", CustomsNamespaces.Declaration, XmlText.Clean(fault.Reason));
            if (messageId is { Length: > 0 })
            {
                writer.WriteElementString("MessageId", CustomsNamespaces.Declaration, XmlText.Clean(messageId));
            }

            if (fault.Line is { } line)
            {
                writer.WriteElementString("Line", CustomsNamespaces.Declaration, line.ToString(CultureInfo.InvariantCulture));
            }

            if (fault.Column is { } column)
            {
                writer.WriteElementString("Column", CustomsNamespaces.Declaration, column.ToString(CultureInfo.InvariantCulture));
            }

            writer.WriteEndDocument();
        }

        return buffer.ToArray();
    }
}
