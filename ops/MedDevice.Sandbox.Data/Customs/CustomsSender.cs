using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using MedDevice.Adapters.Customs;
using MedDevice.Adapters.Customs.Envelope;
using MedDevice.Adapters.Customs.Reply;
using MedDevice.Adapters.Customs.Requests;
using MedDevice.Hub.Core.Customs;

namespace MedDevice.Sandbox.Data.Customs;

/// <summary>
/// The customs simulator's sender: builds declarations as a VNACCS/NSW gateway would (signed NSW envelope in SOAP 1.1)
/// and posts them to the hub's <c>/soap/customs</c>, authenticated by API key (or the client certificate of the
/// <see cref="HttpClient"/>'s handler). Used by tests, the demo and the benchmark.
/// </summary>
public sealed class CustomsSender(HttpClient http, Uri endpoint, string partnerId, X509Certificate2? signer, string? apiKey = null)
{
    /// <summary>The hub as recipient.</summary>
    public static readonly NswParty Hub = new("MedDevice.Hub (Bộ Y tế)", "MEDDEVICE-HUB");

    /// <summary>A signed request (unsigned when the sender has no certificate).</summary>
    public byte[] Build(CustomsDeclaration declaration, CustomsFunction function, string messageId, DateTimeOffset sentAt) =>
        DeclarationRequestWriter.Write(declaration, function, messageId, new NswParty("Tổng cục Hải quan (VNACCS)", partnerId), Hub, sentAt, signer);

    /// <summary>Builds and sends.</summary>
    public Task<CustomsSendResult> SendAsync(CustomsDeclaration declaration, CustomsFunction function, string messageId, DateTimeOffset sentAt,
        CancellationToken cancellationToken = default) =>
        SendAsync(Build(declaration, function, messageId, sentAt), cancellationToken);

    /// <summary>Sends a prepared message (possibly broken on purpose) and reads the reply.</summary>
    public async Task<CustomsSendResult> SendAsync(byte[] message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(message) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("SOAPAction", "\"urn:meddevice:customs:wsdl:v1#Submit\"");
        if (apiKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + apiKey);
        }

        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        CustomsReply reply;
        try
        {
            reply = ReplyReader.Read(body);
        }
        catch (Exception ex) when (ex is System.Xml.XmlException or MedDevice.Hub.Core.Xml.SafeXmlException or InvalidOperationException)
        {
            reply = new CustomsReply { SchemaErrors = ["The reply is not a SOAP message: " + ex.Message] };
        }

        return new CustomsSendResult((int)response.StatusCode, reply, elapsed, body);
    }

    /// <summary>The documentType the sender writes.</summary>
    public static string DocumentType => CustomsCodes.DocumentType;
}
