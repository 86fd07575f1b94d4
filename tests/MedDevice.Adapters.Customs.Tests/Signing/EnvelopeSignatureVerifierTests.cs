using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using MedDevice.Adapters.Customs.Faults;
using MedDevice.Adapters.Customs.Signing;
using MedDevice.Adapters.Customs.Soap;
using MedDevice.Adapters.Customs.Tests.Infrastructure;

namespace MedDevice.Adapters.Customs.Tests.Signing;

public sealed class EnvelopeSignatureVerifierTests
{
    private static readonly System.Security.Cryptography.X509Certificates.X509Certificate2 Sender = Certificates.Create("customs-test");
    private static readonly System.Security.Cryptography.X509Certificates.X509Certificate2 Other = Certificates.Create("someone-else");

    [Fact]
    public void Verify_SignedBySha256RegisteredCertificate_Succeeds()
    {
        var check = Verify(Samples.Request(Samples.Declaration(), Sender), Certificates.Sha256(Sender));

        check.Ok.ShouldBeTrue(check.Fault?.Reason);
        check.SignerSha256.ShouldBe(Certificates.Sha256(Sender));
    }

    [Fact]
    public void Verify_RegisteredBySha1ThumbprintWithColons_Succeeds()
    {
        var sha1 = string.Join(':', Enumerable.Range(0, Sender.Thumbprint.Length / 2).Select(i => Sender.Thumbprint.Substring(i * 2, 2))).ToLowerInvariant();

        Verify(Samples.Request(Samples.Declaration(), Sender), sha1).Ok.ShouldBeTrue();
    }

    [Fact]
    public void Verify_ValueChangedAfterSigning_FaultsInvalid()
    {
        var text = Samples.Text(Samples.Request(Samples.Declaration(), Sender)).Replace("<UPR>1250.5</UPR>", "<UPR>125.05</UPR>");

        Verify(Samples.Bytes(text), Certificates.Sha256(Sender)).Fault.ShouldNotBeNull().Code.ShouldBe(CustomsFaultCodes.SignatureInvalid);
    }

    [Fact]
    public void Verify_HeaderFunctionChangedAfterSigning_FaultsInvalid()
    {
        var text = Samples.Text(Samples.Request(Samples.Declaration(), Sender)).Replace("<function>01</function>", "<function>03</function>");

        Verify(Samples.Bytes(text), Certificates.Sha256(Sender)).Fault.ShouldNotBeNull().Code.ShouldBe(CustomsFaultCodes.SignatureInvalid);
    }

    [Fact]
    public void Verify_SignedByAnUnregisteredCertificate_FaultsNotRegistered() =>
        Verify(Samples.Request(Samples.Declaration(), Other), Certificates.Sha256(Sender)).Fault.ShouldNotBeNull().Code.ShouldBe(CustomsFaultCodes.CertificateNotRegistered);

    [Fact]
    public void Verify_CertificateSwappedInKeyInfo_FaultsInvalid()
    {
        // A registered certificate in KeyInfo does not help a signature made with another key.
        var text = Samples.Text(Samples.Request(Samples.Declaration(), Other))
            .Replace(Convert.ToBase64String(Other.RawData), Convert.ToBase64String(Sender.RawData));

        Verify(Samples.Bytes(text), Certificates.Sha256(Sender)).Fault.ShouldNotBeNull().Code.ShouldBe(CustomsFaultCodes.SignatureInvalid);
    }

    [Fact]
    public void Verify_Unsigned_FaultsMissing() =>
        Verify(Samples.Request(Samples.Declaration(), null), Certificates.Sha256(Sender)).Fault.ShouldNotBeNull().Code.ShouldBe(CustomsFaultCodes.SignatureMissing);

    [Fact]
    public void Verify_PartnerWithoutRegisteredCertificate_FaultsNoRegisteredCertificate() =>
        Verify(Samples.Request(Samples.Declaration(), Sender), null).Fault.ShouldNotBeNull().Code.ShouldBe(CustomsFaultCodes.NoRegisteredCertificate);

    [Fact]
    public void Verify_ExpiredCertificate_FaultsExpired()
    {
        using var expired = Certificates.Create("expired", DateTimeOffset.UtcNow.AddDays(-10), DateTimeOffset.UtcNow.AddDays(-1));

        Verify(Samples.Request(Samples.Declaration(), expired), Certificates.Sha256(expired)).Fault.ShouldNotBeNull().Code.ShouldBe(CustomsFaultCodes.CertificateExpired);
    }

    [Fact]
    public void Verify_TwoSignatures_FaultsUnsupported()
    {
        var text = Samples.Text(Samples.Request(Samples.Declaration(), Sender));
        var start = text.IndexOf("<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">", StringComparison.Ordinal);
        var end = text.IndexOf("</Signature>", start, StringComparison.Ordinal) + "</Signature>".Length;
        var doubled = text[..end] + text[start..end] + text[end..];

        Verify(Samples.Bytes(doubled), Certificates.Sha256(Sender)).Fault.ShouldNotBeNull().Code.ShouldBe(CustomsFaultCodes.SignatureUnsupported);
    }

    [Fact]
    public void Verify_RsaSha1SignatureMethod_FaultsUnsupported()
    {
        var read = CustomsRequestReader.Read(Samples.Request(Samples.Declaration(), null)).Request!;
        var document = new XmlDocument { PreserveWhitespace = true };
        document.AppendChild(document.ImportNode(read.Envelope, true));
        using var key = Sender.GetRSAPrivateKey()!;
        var signed = new SignedXml(document) { SigningKey = key };
        signed.SignedInfo!.SignatureMethod = SignedXml.XmlDsigRSASHA1Url;
        var reference = new Reference("") { DigestMethod = SignedXml.XmlDsigSHA1Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        signed.AddReference(reference);
        var info = new KeyInfo();
        info.AddClause(new KeyInfoX509Data(Sender));
        signed.KeyInfo = info;
        signed.ComputeSignature();
        var body = document.DocumentElement!.GetElementsByTagName("Body", CustomsNamespaces.Nsw)[0]!;
        body.AppendChild(document.CreateElement("Signature", CustomsNamespaces.Nsw))!.AppendChild(document.ImportNode(signed.GetXml(), true));

        EnvelopeSignatureVerifier.Verify(document.DocumentElement, [Certificates.Sha256(Sender)], DateTimeOffset.UtcNow)
            .Fault.ShouldNotBeNull().Code.ShouldBe(CustomsFaultCodes.SignatureUnsupported);
    }

    [Fact]
    public void Verify_EnvelopeIndentedBeforeSigningAndWrappedWithOtherPrefixes_Succeeds()
    {
        // A sender that pretty-prints its envelope and uses its own SOAP prefix: the signature covers the envelope as sent.
        var read = CustomsRequestReader.Read(Samples.Request(Samples.Declaration(), null)).Request!;
        var pretty = new XmlDocument { PreserveWhitespace = true };
        using (var writer = new StringWriter())
        {
            using (var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
            {
                read.Envelope.WriteTo(xml);
            }

            pretty.LoadXml(writer.ToString());
        }

        EnvelopeSigner.Sign(pretty.DocumentElement!, Sender);
        var soap = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/" xmlns:x="urn:unused">
              <S:Header/>
              <S:Body>
                {pretty.DocumentElement!.OuterXml}
              </S:Body>
            </S:Envelope>
            """;

        var reread = CustomsRequestReader.Read(Samples.Bytes(soap));
        reread.Fault.ShouldBeNull();
        EnvelopeSignatureVerifier.Verify(reread.Request!.Envelope, [Certificates.Sha256(Sender)], DateTimeOffset.UtcNow).Ok.ShouldBeTrue();
    }

    [Theory]
    [InlineData("<X509Certificate>", "<X509Certificate>!!notbase64!!")]
    [InlineData("<SignatureValue>", "<SignatureValue>%%%")]
    [InlineData("<X509Certificate>", "<X509Certificate>AAAA")]
    public void Verify_HostileSignatureContent_FaultsWithoutThrowing(string at, string replacement)
    {
        var text = Samples.Text(Samples.Request(Samples.Declaration(), Sender));
        text.ShouldContain(at);

        var check = Verify(Samples.Bytes(text.Replace(at, replacement, StringComparison.Ordinal)), Certificates.Sha256(Sender));

        check.Fault.ShouldNotBeNull().Code.ShouldBeOneOf(CustomsFaultCodes.SignatureUnsupported, CustomsFaultCodes.SignatureInvalid);
    }

    private static SignatureCheck Verify(byte[] request, string? thumbprint)
    {
        var read = CustomsRequestReader.Read(request);
        read.Fault.ShouldBeNull();
        return EnvelopeSignatureVerifier.Verify(read.Request!.Envelope, thumbprint is null ? [] : [thumbprint], DateTimeOffset.UtcNow);
    }
}
