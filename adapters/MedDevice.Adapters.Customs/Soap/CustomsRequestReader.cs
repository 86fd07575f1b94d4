using System.Xml;
using System.Xml.Schema;
using MedDevice.Adapters.Customs.Declaration;
using MedDevice.Adapters.Customs.Envelope;
using MedDevice.Adapters.Customs.Faults;
using MedDevice.Adapters.Customs.Schemas;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Core.Xml;

namespace MedDevice.Adapters.Customs.Soap;

/// <summary>
/// Reads a SOAP 1.1 request in one pass through the safe XML reader (no DTD, no resolver, size, depth and element
/// limits) wrapped in an XSD-validating reader, then checks the envelope: SOAP structure, documentType, schema, message
/// type and function, content. Every refusal is a coded <see cref="CustomsFault"/>; nothing here throws on bad input.
/// </summary>
public static class CustomsRequestReader
{
    private const int MaxSchemaErrors = 5;

    /// <summary>Reads a request body.</summary>
    public static CustomsReadResult Read(byte[] body, SafeXmlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length == 0)
        {
            return Refuse(new CustomsFault(CustomsFaultCodes.Empty, "The request body is empty."), null);
        }

        var schemaErrors = new List<XmlSchemaException>();
        XmlDocument document;
        try
        {
            document = Load(body, limits, schemaErrors);
        }
        catch (Exception ex) when (SafeXml.IssueOf(ex) is { } issue)
        {
            return Refuse(new CustomsFault(issue.Code, issue.Message) { Line = Positive(issue.Line), Column = Positive(issue.Column) }, null);
        }

        var root = document.DocumentElement!;
        if (root.LocalName != "Envelope" || root.NamespaceURI != CustomsNamespaces.Soap11)
        {
            return root.LocalName == "Envelope" && root.NamespaceURI == CustomsNamespaces.Soap12
                ? Refuse(new CustomsFault(CustomsFaultCodes.VersionMismatch, "Only SOAP 1.1 envelopes are accepted.", CustomsFaultKind.VersionMismatch), null)
                : Refuse(new CustomsFault(CustomsFaultCodes.NotSoap, "The message is not a SOAP 1.1 envelope."), null);
        }

        var soapBody = XmlChildren.First(root, "Body", CustomsNamespaces.Soap11);
        var bodyChildren = soapBody is null ? [] : XmlChildren.Elements(soapBody).Take(2).ToList();
        if (bodyChildren.Count != 1 || bodyChildren[0].LocalName != "Envelope" || bodyChildren[0].NamespaceURI != CustomsNamespaces.Nsw)
        {
            return Refuse(new CustomsFault(CustomsFaultCodes.NotSoap, $"The SOAP Body must hold exactly one NSW Envelope ({CustomsNamespaces.Nsw})."), null);
        }

        return ReadEnvelope(bodyChildren[0], schemaErrors);
    }

    private static CustomsReadResult ReadEnvelope(XmlElement envelope, List<XmlSchemaException> schemaErrors)
    {
        var header = ReadHeader(envelope);
        var messageId = header.MessageId.Length == 0 ? null : header.MessageId;
        if (header.DocumentType.Length > 0 && !string.Equals(header.DocumentType, CustomsCodes.DocumentType, StringComparison.Ordinal))
        {
            return Refuse(new CustomsFault(CustomsFaultCodes.UnknownDocumentType,
                $"Unknown documentType; the hub accepts {CustomsCodes.DocumentType} (medical-device import declaration)."), messageId);
        }

        if (schemaErrors.Count > 0)
        {
            var first = schemaErrors[0];
            return Refuse(new CustomsFault(CustomsFaultCodes.SchemaViolation, "Schema violation: " + first.Message)
            {
                Line = Positive(first.LineNumber),
                Column = Positive(first.LinePosition),
            }, messageId);
        }

        if (!string.Equals(header.Type, CustomsCodes.TypeDeclaration, StringComparison.Ordinal) || Function(header.Function) is not { } function)
        {
            return Refuse(new CustomsFault(CustomsFaultCodes.UnknownFunction,
                $"Unknown message type or function: requests are type {CustomsCodes.TypeDeclaration} with function 01 (declare), 02 (amend) or 03 (cancel)."), messageId);
        }

        var content = XmlChildren.First(XmlChildren.First(envelope, "Body", CustomsNamespaces.Nsw)!, "Content", CustomsNamespaces.Nsw)!;
        var document = XmlChildren.Elements(content).Single();
        if (document.LocalName != DeclarationReader.ElementName || document.NamespaceURI != CustomsNamespaces.Declaration)
        {
            return Refuse(new CustomsFault(CustomsFaultCodes.WrongContent,
                $"Content must be a {DeclarationReader.ElementName} ({CustomsNamespaces.Declaration})."), messageId);
        }

        return new CustomsReadResult(new CustomsRequest(header, function, DeclarationReader.Read(document), envelope), null, messageId);
    }

    private static XmlDocument Load(byte[] body, SafeXmlLimits? limits, List<XmlSchemaException> schemaErrors)
    {
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = CustomsSchemas.Set,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationFlags = XmlSchemaValidationFlags.ProcessIdentityConstraints,
        };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error && schemaErrors.Count < MaxSchemaErrors)
            {
                schemaErrors.Add(e.Exception);
            }
        };
        using var stream = new MemoryStream(body, writable: false);
        using var safe = SafeXml.CreateReader(stream, limits);
        using var validating = XmlReader.Create(safe, settings);
        // Whitespace is kept exactly as received: the signature is computed over it.
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.Load(validating);
        return document;
    }

    private static NswHeader ReadHeader(XmlElement envelope)
    {
        const string ns = CustomsNamespaces.Nsw;
        var header = XmlChildren.First(envelope, "Header", ns);
        var reference = header is null ? null : XmlChildren.First(header, "Reference", ns);
        var subject = header is null ? null : XmlChildren.First(header, "Subject", ns);
        return new NswHeader(
            Version: reference is null ? "" : XmlChildren.Text(reference, "version", ns),
            MessageId: reference is null ? "" : Bounded(XmlChildren.Text(reference, "messageId", ns)),
            From: Party(header, "From"),
            To: Party(header, "To"),
            DocumentType: subject is null ? "" : XmlChildren.Text(subject, "documentType", ns),
            Type: subject is null ? "" : XmlChildren.Text(subject, "type", ns),
            Function: subject is null ? "" : XmlChildren.Text(subject, "function", ns),
            Reference: subject is null ? "" : XmlChildren.Text(subject, "reference", ns),
            SendDate: subject is null ? "" : XmlChildren.Text(subject, "sendDate", ns));
    }

    private static NswParty Party(XmlElement? header, string name)
    {
        var party = header is null ? null : XmlChildren.First(header, name, CustomsNamespaces.Nsw);
        return party is null
            ? new NswParty("", "")
            : new NswParty(XmlChildren.Text(party, "name", CustomsNamespaces.Nsw), XmlChildren.Text(party, "identity", CustomsNamespaces.Nsw));
    }

    private static CustomsFunction? Function(string code) => code switch
    {
        CustomsCodes.FunctionDeclare => CustomsFunction.Declare,
        CustomsCodes.FunctionAmend => CustomsFunction.Amend,
        CustomsCodes.FunctionCancel => CustomsFunction.Cancel,
        _ => null,
    };

    // A message id that broke the schema may be anything: keep it short for fault details and quarantine.
    private static string Bounded(string value) => value.Length <= 64 ? value : value[..64];

    private static int? Positive(int value) => value > 0 ? value : null;

    private static CustomsReadResult Refuse(CustomsFault fault, string? messageId) => new(null, fault, messageId);
}
