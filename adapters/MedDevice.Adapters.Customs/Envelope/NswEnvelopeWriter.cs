using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml;
using MedDevice.Adapters.Customs.Signing;

namespace MedDevice.Adapters.Customs.Envelope;

/// <summary>Builds NSW envelopes (header, content, optional signature) and wraps them in SOAP 1.1.</summary>
public static class NswEnvelopeWriter
{
    private const string Ns = CustomsNamespaces.Nsw;
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>A new envelope document whose <c>Content</c> is filled by <paramref name="writeContent"/>; signed when a certificate is given.</summary>
    public static XmlDocument Create(NswAddressing addressing, Action<XmlDocument, XmlElement> writeContent, X509Certificate2? signer)
    {
        ArgumentNullException.ThrowIfNull(addressing);
        ArgumentNullException.ThrowIfNull(writeContent);
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        var envelope = Element(document, document, "Envelope");
        var header = Element(document, envelope, "Header");
        var reference = Element(document, header, "Reference");
        Text(document, reference, "version", CustomsCodes.EnvelopeVersion);
        Text(document, reference, "messageId", addressing.MessageId);
        Party(document, header, "From", addressing.From);
        Party(document, header, "To", addressing.To);
        var subject = Element(document, header, "Subject");
        Text(document, subject, "documentType", CustomsCodes.DocumentType);
        Text(document, subject, "type", addressing.Type);
        Text(document, subject, "function", addressing.Function);
        Text(document, subject, "reference", addressing.Reference);
        Text(document, subject, "sendDate", addressing.SentAt.ToOffset(VietnamOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        var body = Element(document, envelope, "Body");
        writeContent(document, Element(document, body, "Content"));
        if (signer is not null)
        {
            EnvelopeSigner.Sign(envelope, signer);
        }

        return document;
    }

    /// <summary>The SOAP 1.1 message (UTF-8) whose body is the envelope, serialised without reformatting (the signature covers it).</summary>
    public static byte[] ToSoap(XmlDocument envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var inner = envelope.DocumentElement?.OuterXml ?? throw new ArgumentException("The document is empty.", nameof(envelope));
        return Encoding.UTF8.GetBytes(string.Concat(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap=\"", CustomsNamespaces.Soap11, "\"><soap:Body>",
            inner, "</soap:Body></soap:Envelope>"));
    }

    /// <summary>Adds a child element in the envelope namespace.</summary>
    internal static XmlElement Element(XmlDocument document, XmlNode parent, string name, string ns = Ns)
    {
        var element = document.CreateElement(name, ns);
        parent.AppendChild(element);
        return element;
    }

    /// <summary>Adds a child element with text.</summary>
    internal static void Text(XmlDocument document, XmlNode parent, string name, string value, string ns = Ns) =>
        Element(document, parent, name, ns).InnerText = XmlText.Clean(value);

    private static void Party(XmlDocument document, XmlElement header, string name, NswParty party)
    {
        var element = Element(document, header, name);
        Text(document, element, "name", party.Name);
        Text(document, element, "identity", party.Identity);
    }
}
