using System.Globalization;
using MedDevice.Adapters.Customs.Faults;
using MedDevice.Adapters.Customs.Schemas;
using MedDevice.Adapters.Customs.Signing;
using MedDevice.Adapters.Customs.Soap;
using MedDevice.Adapters.Refusals;
using MedDevice.Hub.Audit;
using MedDevice.Hub.Core.Xml;
using MedDevice.Hub.Inbound;
using MedDevice.Hub.Security;
using MedDevice.Hub.Storage.Messaging;

namespace MedDevice.Hub.Customs;

/// <summary>
/// <c>POST /soap/customs</c>: the customs declaration service (SOAP 1.1, document/literal, one NSW envelope per message),
/// for partners with the <c>customs</c> role; <c>GET /soap/customs?wsdl</c> and <c>?xsd=name</c>: the contract. Every
/// refusal is a SOAP Fault with a code, and the raw message is quarantined with the reason.
/// </summary>
public static partial class CustomsEndpoints
{
    /// <summary>The endpoint path.</summary>
    public const string Path = "/soap/customs";

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapCustoms(this IEndpointRouteBuilder endpoints)
    {
        // Refusals of the shared pipeline (401, 403, 429, …) are SOAP Faults here, like the endpoint's own.
        var soap = endpoints.MapGroup(Path).WithRefusals(SoapRefusalWriter.Instance);
        soap.MapPost("", SubmitAsync).RequiresOperation(CustomsOperations.Submit);
        // The WSDL and schemas are the published contract, open to anyone like /fhir/metadata.
        soap.MapGet("", Contract).AllowAnyone();
        return endpoints;
    }

    private static IResult Contract(HttpRequest request)
    {
        var query = request.Query;
        if (query.ContainsKey("wsdl") || query.ContainsKey("WSDL"))
        {
            var self = $"{request.Scheme}://{request.Host}{request.PathBase}{Path}";
            var wsdl = CustomsSchemas.Text(CustomsSchemas.Wsdl)!
                .Replace("http://127.0.0.1:5080/soap/customs", self, StringComparison.Ordinal);
            foreach (var name in CustomsSchemas.SchemaFiles)
            {
                wsdl = wsdl.Replace($"schemaLocation=\"{name}\"", $"schemaLocation=\"{self}?xsd={name}\"", StringComparison.Ordinal);
            }

            return Results.Text(wsdl, "text/xml; charset=utf-8");
        }

        if (query.TryGetValue("xsd", out var xsd) && CustomsSchemas.SchemaFiles.Contains(xsd.ToString(), StringComparer.Ordinal))
        {
            return Results.Text(CustomsSchemas.Text(xsd.ToString())!, "text/xml; charset=utf-8");
        }

        return SoapResults.Fault(new CustomsFault(CustomsFaultCodes.NotSoap,
            $"POST a SOAP 1.1 message here; the contract is at {Path}?wsdl.", CustomsFaultKind.Client, StatusCodes.Status404NotFound), null);
    }

    private static async Task<IResult> SubmitAsync(
        HttpRequest request,
        CustomsSubmission submission,
        MessageStore messages,
        InboundOptions inbound,
        IAuditTrail audit,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        // The operation check has admitted only authenticated partners with the customs role.
        var partner = PartnerContext.Get(request.HttpContext)!;
        var body = await InboundBodyReader.ReadAsync(request, inbound.MaxBodyBytes);
        var contentType = request.ContentType;

        async Task<IResult> RefuseAsync(CustomsFault fault, string? messageId)
        {
            await messages.QuarantineAsync(new QuarantineEntry(partner.Id, CustomsRecorder.Feed, messageId, contentType,
                time.GetUtcNow().ToUnixTimeMilliseconds(), fault.Code, fault.Reason, body.Bytes));
            await audit.RecordAsync(InboundAudit.Denied(partner.Id, CustomsRecorder.Feed, fault.HttpStatus, fault.Code));
            return SoapResults.Fault(fault, messageId);
        }

        if (body.TooLarge)
        {
            return await RefuseAsync(new CustomsFault(CustomsFaultCodes.TooLarge,
                string.Create(CultureInfo.InvariantCulture, $"The message exceeds {inbound.MaxBodyBytes} bytes."), CustomsFaultKind.Client,
                StatusCodes.Status413PayloadTooLarge), null);
        }

        var read = CustomsRequestReader.Read(body.Bytes, new SafeXmlLimits { MaxCharacters = inbound.MaxBodyBytes });
        if (read.Fault is { } invalid)
        {
            return await RefuseAsync(invalid, read.MessageId);
        }

        var customs = read.Request!;
        if (!string.Equals(customs.Header.From.Identity, partner.Id, StringComparison.Ordinal))
        {
            return await RefuseAsync(new CustomsFault(CustomsFaultCodes.SenderMismatch,
                $"From/identity must be the authenticated partner id '{partner.Id}'."), read.MessageId);
        }

        var signature = EnvelopeSignatureVerifier.Verify(customs.Envelope, partner.CertificateThumbprints, time.GetUtcNow());
        if (signature.Fault is { } unsigned)
        {
            return await RefuseAsync(unsigned, read.MessageId);
        }

        try
        {
            var (reply, fault) = await submission.SubmitAsync(partner.Id, customs, body.Bytes, contentType, request.HttpContext.RequestAborted);
            return fault is null ? SoapResults.Message(reply!) : await RefuseAsync(fault, read.MessageId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(loggers.CreateLogger(typeof(CustomsEndpoints)), ex);
            return await RefuseAsync(new CustomsFault(CustomsFaultCodes.ServerError, "The hub could not process the message; resend it later.",
                CustomsFaultKind.Server), read.MessageId);
        }
    }

    [LoggerMessage(EventId = LogEvents.CustomsMessageFailed, Level = LogLevel.Error, Message = "Customs message failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
