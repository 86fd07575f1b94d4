using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Schema;
using MedDevice.Adapters.Customs.Faults;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Core.Xml;
using MedDevice.Hub.Storage.Messaging;
using MedDevice.Sandbox.Data.Customs;
using Microsoft.Extensions.DependencyInjection;

namespace MedDevice.Hub.Tests.Customs;

/// <summary>Every bad input gets a SOAP Fault with a code and reason over real SOAP, and the raw message is quarantined.</summary>
public sealed class CustomsFaultTests(CustomsHub hub) : IClassFixture<CustomsHub>
{
    [Theory]
    [InlineData(CustomsMalformation.Truncated, SafeXmlErrorCodes.Malformed)]
    [InlineData(CustomsMalformation.EntityBomb, SafeXmlErrorCodes.DtdProhibited)]
    [InlineData(CustomsMalformation.SchemaViolation, CustomsFaultCodes.SchemaViolation)]
    [InlineData(CustomsMalformation.UnknownDocumentType, CustomsFaultCodes.UnknownDocumentType)]
    [InlineData(CustomsMalformation.Tampered, CustomsFaultCodes.SignatureInvalid)]
    public async Task Submit_MalformedMessage_FaultWithCodeAndQuarantined(CustomsMalformation malformation, string code)
    {
        var message = CustomsMalformer.Break(Build(hub.Sender), malformation);

        await ShouldFaultAndQuarantineAsync(hub.Sender, message, code);
    }

    [Fact]
    public async Task Submit_Unsigned_FaultSignatureMissing()
    {
        var unsigned = new CustomsSender(hub.Client, hub.Endpoint, CustomsHub.PartnerId, signer: null, CustomsHub.ApiKey);

        await ShouldFaultAndQuarantineAsync(unsigned, Build(unsigned), CustomsFaultCodes.SignatureMissing);
    }

    [Fact]
    public async Task Submit_SignedWithUnregisteredCertificate_FaultNotRegistered()
    {
        var stranger = new CustomsSender(hub.Client, hub.Endpoint, CustomsHub.PartnerId, hub.Stranger, CustomsHub.ApiKey);

        await ShouldFaultAndQuarantineAsync(stranger, Build(stranger), CustomsFaultCodes.CertificateNotRegistered);
    }

    [Fact]
    public async Task Submit_PartnerWithoutRegisteredCertificate_FaultNoRegisteredCertificate()
    {
        var other = new CustomsSender(hub.Client, hub.Endpoint, "other-customs", hub.Certificate, CustomsHub.OtherKey);

        await ShouldFaultAndQuarantineAsync(other, Build(other), CustomsFaultCodes.NoRegisteredCertificate, partner: "other-customs");
    }

    [Fact]
    public async Task Submit_FromIdentityOfAnotherPartner_FaultSenderMismatch()
    {
        var impostor = new CustomsSender(hub.Client, hub.Endpoint, CustomsHub.PartnerId, hub.Certificate, CustomsHub.OtherKey);

        await ShouldFaultAndQuarantineAsync(impostor, Build(impostor), CustomsFaultCodes.SenderMismatch, partner: "other-customs");
    }

    [Fact]
    public async Task Submit_Soap12Envelope_VersionMismatchFault()
    {
        var message = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Build(hub.Sender))
            .Replace("http://schemas.xmlsoap.org/soap/envelope/", "http://www.w3.org/2003/05/soap-envelope", StringComparison.Ordinal));

        var sent = await hub.Sender.SendAsync(message);

        sent.Status.ShouldBe(500);
        sent.Reply.FaultCode.ShouldBe("soap:VersionMismatch");
        sent.Reply.FaultDetailCode.ShouldBe(CustomsFaultCodes.VersionMismatch);
    }

    [Fact]
    public async Task Submit_LargerThanTheLimit_413FaultAndQuarantined()
    {
        var message = Encoding.UTF8.GetBytes("<x>" + new string('a', 1_100_000) + "</x>");

        await ShouldFaultAndQuarantineAsync(hub.Sender, message, CustomsFaultCodes.TooLarge, status: 413);
    }

    [Fact]
    public async Task Submit_UnknownPartner_401Fault()
    {
        var unknown = new CustomsSender(hub.Client, hub.Endpoint, "nobody", hub.Certificate, "no-such-key");

        var sent = await unknown.SendAsync(Build(unknown));

        sent.Fault(401).ShouldBe(CustomsFaultCodes.Unauthenticated);
        sent.Reply.FaultCode.ShouldBe("soap:Client");
    }

    [Fact]
    public async Task Submit_PartnerWithoutCustomsRole_403Fault()
    {
        var registry = new CustomsSender(hub.Client, hub.Endpoint, "moh-registry", hub.Certificate, CustomsHub.RegistryKey);

        (await registry.SendAsync(Build(registry))).Fault(403).ShouldBe(CustomsFaultCodes.Forbidden);
    }

    [Fact]
    public async Task Wsdl_Anyone_ServesTheContractWithThisHostsAddresses()
    {
        using var response = await hub.Client.GetAsync(new Uri("/soap/customs?wsdl", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/xml");
        var wsdl = await response.Content.ReadAsStringAsync();
        SafeXml.Check(new MemoryStream(Encoding.UTF8.GetBytes(wsdl))).ShouldBeNull();
        var self = new Uri(hub.Client.BaseAddress!, "/soap/customs").ToString();
        wsdl.ShouldContain($"location=\"{self}\"");
        wsdl.ShouldContain($"schemaLocation=\"{self}?xsd=nsw-envelope.xsd\"");

        var schemas = new XmlSchemaSet { XmlResolver = null };
        foreach (var name in new[] { "nsw-envelope.xsd", "medical-device-import.xsd" })
        {
            var xsd = await hub.Client.GetStringAsync(new Uri($"/soap/customs?xsd={name}", UriKind.Relative));
            using var reader = SafeXml.CreateReader(new StringReader(xsd));
            schemas.Add(XmlSchema.Read(reader, null)!);
        }

        schemas.Compile();
        schemas.GlobalElements.Count.ShouldBeGreaterThanOrEqualTo(5);
        (await hub.Client.GetAsync(new Uri("/soap/customs?xsd=../../etc/passwd", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private byte[] Build(CustomsSender sender) =>
        sender.Build(hub.Generator.Create(hub.NextSequence(), CustomsScenario.Valid, lines: 2), CustomsFunction.Declare, Guid.NewGuid().ToString("D"), DateTimeOffset.UtcNow);

    private async Task ShouldFaultAndQuarantineAsync(CustomsSender sender, byte[] message, string code, int status = 500, string partner = CustomsHub.PartnerId)
    {
        var store = hub.Factory.Services.GetRequiredService<MessageStore>();
        var before = await store.CountQuarantinedAsync(partner, CancellationToken.None);

        var sent = await sender.SendAsync(message);

        sent.Fault(status).ShouldBe(code);
        sent.Reply.FaultCode.ShouldBe("soap:Client");
        sent.Reply.FaultReason.ShouldNotBeNullOrWhiteSpace();
        (await store.CountQuarantinedAsync(partner, CancellationToken.None)).ShouldBe(before + 1);
    }
}
