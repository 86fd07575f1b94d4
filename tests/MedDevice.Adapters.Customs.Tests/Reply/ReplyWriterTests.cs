using MedDevice.Adapters.Customs.Envelope;
using MedDevice.Adapters.Customs.Faults;
using MedDevice.Adapters.Customs.Reply;
using MedDevice.Adapters.Customs.Signing;
using MedDevice.Adapters.Customs.Tests.Infrastructure;
using MedDevice.Hub.Core.Customs;

namespace MedDevice.Adapters.Customs.Tests.Reply;

public sealed class ReplyWriterTests
{
    private static readonly System.Security.Cryptography.X509Certificates.X509Certificate2 HubCertificate = Certificates.Create("hub-test");
    private static readonly NswAddressing Addressing = new("01JQ0000000000000000000000", Samples.Hub, Samples.Customs, CustomsCodes.TypeResult,
        CustomsCodes.FunctionDeclare, "3f2b6c1e-0d4a-4f55-9b7e-1a2b3c4d5e6f", Samples.SentAt);

    [Fact]
    public void Result_VerdictsWithReasonsAndPrices_IsSchemaValidSignedAndReadBack()
    {
        var result = new ImportResult("103027528700", "01JQ0000000000000000000000", Verdict.Red, Samples.SentAt,
        [
            new LineResult(new LineVerdict(1, Verdict.Yellow,
                [new VerdictReason(CustomsReasonCodes.PriceOutsideBand, Verdict.Yellow, "Giá khai báo thấp hơn 45 %.")],
                new PriceComparison(550_000m, 1_000_000m, -0.45m, false)), [new DeviceReference("0197a1b2-0000-7000-8000-000000000001", true)]),
            new LineResult(new LineVerdict(2, Verdict.Red,
                [new VerdictReason(CustomsReasonCodes.UdiInvalid, Verdict.Red, "The UDI does not parse.", 1, "UDI-GS1-007")], null), []),
        ]);

        var reply = ReplyReader.Read(ReplyWriter.Result(Addressing, result, HubCertificate));

        reply.SchemaErrors.ShouldBeEmpty();
        reply.Type.ShouldBe(CustomsCodes.TypeResult);
        reply.Reference.ShouldBe("3f2b6c1e-0d4a-4f55-9b7e-1a2b3c4d5e6f");
        reply.Lane.ShouldBe("RED");
        reply.Lines.Select(l => l.Verdict).ShouldBe(["YELLOW", "RED"]);
        reply.Lines[0].PriceDeviation.ShouldBe(-0.45m);
        reply.Lines[0].Devices.ShouldHaveSingleItem().Instance.ShouldBeTrue();
        reply.Lines[1].ReasonCodes.ShouldBe([CustomsReasonCodes.UdiInvalid]);
        EnvelopeSignatureVerifier.Verify(reply.Envelope!, [Certificates.Sha256(HubCertificate)], DateTimeOffset.UtcNow).Ok.ShouldBeTrue();
    }

    [Fact]
    public void Receipt_Cancellation_IsSchemaValidAndSigned()
    {
        var reply = ReplyReader.Read(ReplyWriter.Receipt(Addressing with { Type = CustomsCodes.TypeReceipt, Function = CustomsCodes.FunctionCancel },
            new ImportReceipt("103027528700", "01JQ0000000000000000000000", Samples.SentAt), HubCertificate));

        reply.SchemaErrors.ShouldBeEmpty();
        reply.Status.ShouldBe("cancelled");
        EnvelopeSignatureVerifier.Verify(reply.Envelope!, [Certificates.Sha256(HubCertificate)], DateTimeOffset.UtcNow).Ok.ShouldBeTrue();
    }

    [Fact]
    public void Fault_WithPositionAndMessageId_IsSchemaValidSoapFault()
    {
        var reply = ReplyReader.Read(SoapFaultWriter.Write(new CustomsFault(CustomsFaultCodes.SchemaViolation, "Schema violation: <ICN> & co.") { Line = 3, Column = 7 }, "m-1"));

        reply.IsFault.ShouldBeTrue();
        reply.SchemaErrors.ShouldBeEmpty();
        reply.FaultCode.ShouldBe("soap:Client");
        reply.FaultDetailCode.ShouldBe(CustomsFaultCodes.SchemaViolation);
        reply.FaultReason.ShouldBe("Schema violation: <ICN> & co.");
    }

    [Fact]
    public void Fault_ReasonWithCharactersXmlCannotCarry_StillWellFormed()
    {
        var reply = ReplyReader.Read(SoapFaultWriter.Write(new CustomsFault(CustomsFaultCodes.SchemaViolation, "bad \u0001 value \uFFFE \uD800 end"), "id\u0002"));

        reply.FaultReason.ShouldBe("bad \uFFFD value \uFFFD \uFFFD end");
    }

    [Fact]
    public void Fault_ServerKind_WritesSoapServer() =>
        ReplyReader.Read(SoapFaultWriter.Write(new CustomsFault(CustomsFaultCodes.ServerError, "Try later.", CustomsFaultKind.Server), null)).FaultCode.ShouldBe("soap:Server");
}
