using System.Xml;
using System.Xml.Schema;
using MedDevice.Adapters.Customs.Declaration;
using MedDevice.Adapters.Customs.Schemas;
using MedDevice.Hub.Core.Xml;

namespace MedDevice.Adapters.Customs.Reply;

/// <summary>Reads a hub reply (result, receipt or fault) with schema validation, for clients of the customs endpoint.</summary>
public static class ReplyReader
{
    private const string Ns = CustomsNamespaces.Declaration;

    /// <summary>Reads the reply; throws <see cref="SafeXmlException"/> when it is not XML at all.</summary>
    public static CustomsReply Read(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = CustomsSchemas.Set, XmlResolver = null };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                errors.Add(e.Message);
            }
        };
        using var stream = new MemoryStream(body, writable: false);
        using var safe = SafeXml.CreateReader(stream);
        using var validating = XmlReader.Create(safe, settings);
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.Load(validating);

        var soapBody = XmlChildren.First(document.DocumentElement!, "Body", CustomsNamespaces.Soap11)
            ?? throw new SafeXmlException("The reply is not a SOAP 1.1 envelope.");
        var child = XmlChildren.Elements(soapBody).First();
        if (child.LocalName == "Fault" && child.NamespaceURI == CustomsNamespaces.Soap11)
        {
            var detail = XmlChildren.First(child, "detail", "");
            var fault = detail is null ? null : XmlChildren.First(detail, "CustomsFault", Ns);
            return new CustomsReply
            {
                FaultCode = XmlChildren.Text(child, "faultcode", ""),
                FaultDetailCode = fault is null ? null : XmlChildren.Text(fault, "Code", Ns),
                FaultReason = fault is null ? XmlChildren.Text(child, "faultstring", "") : XmlChildren.Text(fault, "Reason", Ns),
                SchemaErrors = errors,
            };
        }

        var subject = XmlChildren.First(XmlChildren.First(child, "Header", CustomsNamespaces.Nsw)!, "Subject", CustomsNamespaces.Nsw)!;
        var content = XmlChildren.Elements(XmlChildren.First(XmlChildren.First(child, "Body", CustomsNamespaces.Nsw)!, "Content", CustomsNamespaces.Nsw)!).First();
        return new CustomsReply
        {
            Type = XmlChildren.Text(subject, "type", CustomsNamespaces.Nsw),
            Reference = XmlChildren.Text(subject, "reference", CustomsNamespaces.Nsw),
            HubMessageId = XmlChildren.Text(content, "HubMessageId", Ns),
            Lane = content.LocalName == "MedicalDeviceImportResult" ? XmlChildren.Text(content, "Lane", Ns) : null,
            Status = content.LocalName == "MedicalDeviceImportReceipt" ? XmlChildren.Text(content, "Status", Ns) : null,
            Lines = XmlChildren.All(content, "Line", Ns).Select(ReadLine).ToList(),
            Envelope = child,
            SchemaErrors = errors,
        };
    }

    private static ReplyLine ReadLine(XmlElement line)
    {
        var deviation = XmlChildren.First(line, "PriceDeviation", Ns);
        return new ReplyLine(
            XmlConvert.ToInt32(XmlChildren.Text(line, "STT", Ns)),
            XmlChildren.Text(line, "Verdict", Ns),
            XmlChildren.All(line, "Reason", Ns).Select(r => XmlChildren.Text(r, "Code", Ns)).ToList(),
            deviation is null ? null : XmlConvert.ToDecimal(deviation.InnerText.Trim()),
            XmlChildren.All(line, "Device", Ns).Select(d => new DeviceReference(d.InnerText.Trim(), d.GetAttribute("kind") == "instance")).ToList());
    }
}
