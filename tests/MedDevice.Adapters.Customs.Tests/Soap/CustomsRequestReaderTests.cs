using MedDevice.Adapters.Customs.Faults;
using MedDevice.Adapters.Customs.Soap;
using MedDevice.Adapters.Customs.Tests.Infrastructure;
using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Core.Xml;

namespace MedDevice.Adapters.Customs.Tests.Soap;

public sealed class CustomsRequestReaderTests
{
    [Fact]
    public void Read_ValidRequest_ReturnsHeaderFunctionAndDeclaration()
    {
        var read = CustomsRequestReader.Read(Samples.Request(Samples.Declaration(lines: 3), signer: null, CustomsFunction.Amend));

        read.Fault.ShouldBeNull();
        var request = read.Request.ShouldNotBeNull();
        request.Function.ShouldBe(CustomsFunction.Amend);
        request.Header.MessageId.ShouldBe("3f2b6c1e-0d4a-4f55-9b7e-1a2b3c4d5e6f");
        request.Header.From.Identity.ShouldBe("vn-customs");
        request.Header.Reference.ShouldBe("103027528700");
        request.Declaration.Number.ShouldBe("103027528700");
        request.Declaration.BaseNumber.ShouldBe("10302752870");
        request.Declaration.ImporterName.ShouldBe("Công ty TNHH Thiết bị Y tế Hồng Đức");
        request.Declaration.ArrivalDate.ShouldBe(new DateOnly(2026, 3, 1));
        request.Declaration.Lines.Select(l => l.Number).ShouldBe([1, 2, 3]);
        var line = request.Declaration.Lines[1];
        line.UnitPrice.ShouldBe(1250.5m);
        line.Udis.ShouldBe(["(01)08717648200274(17)271231(10)LOT2"]);
        line.RegistrationNumber.ShouldBe("2502433ĐKLH/BYT-HTTB");
    }

    [Fact]
    public void Read_EmptyBody_FaultsEmpty() =>
        CustomsRequestReader.Read([]).Fault.ShouldNotBeNull().Code.ShouldBe(CustomsFaultCodes.Empty);

    [Fact]
    public void Read_MalformedXml_FaultsXml001WithPosition()
    {
        var fault = CustomsRequestReader.Read(Samples.Bytes("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>")).Fault.ShouldNotBeNull();

        fault.Code.ShouldBe(SafeXmlErrorCodes.Malformed);
        fault.Line.ShouldNotBeNull();
    }

    [Fact]
    public void Read_EntityExpansionBomb_FaultsDtdProhibited()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>&lol3;</soap:Body></soap:Envelope>
            """;

        CustomsRequestReader.Read(Samples.Bytes(bomb)).Fault.ShouldNotBeNull().Code.ShouldBe(SafeXmlErrorCodes.DtdProhibited);
    }

    [Fact]
    public void Read_ExternalEntity_FaultsDtdProhibited()
    {
        const string xxe = """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>""";

        CustomsRequestReader.Read(Samples.Bytes(xxe)).Fault.ShouldNotBeNull().Code.ShouldBe(SafeXmlErrorCodes.DtdProhibited);
    }

    [Fact]
    public void Read_DeeperThanLimit_FaultsTooDeep()
    {
        var deep = string.Concat(Enumerable.Repeat("<a>", 40)) + string.Concat(Enumerable.Repeat("</a>", 40));

        CustomsRequestReader.Read(Samples.Bytes(deep), new SafeXmlLimits { MaxDepth = 32 }).Fault.ShouldNotBeNull().Code.ShouldBe(SafeXmlErrorCodes.TooDeep);
    }

    [Fact]
    public void Read_Soap12Envelope_FaultsVersionMismatch()
    {
        var text = Samples.Text(Samples.Request(Samples.Declaration(), null)).Replace("http://schemas.xmlsoap.org/soap/envelope/", "http://www.w3.org/2003/05/soap-envelope");

        var fault = CustomsRequestReader.Read(Samples.Bytes(text)).Fault.ShouldNotBeNull();

        fault.Code.ShouldBe(CustomsFaultCodes.VersionMismatch);
        fault.Kind.ShouldBe(CustomsFaultKind.VersionMismatch);
    }

    [Theory]
    [InlineData("<Envelope/>")]
    [InlineData("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body/></soap:Envelope>")]
    [InlineData("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><a/><b/></soap:Body></soap:Envelope>")]
    [InlineData("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><Envelope xmlns=\"urn:other\"/></soap:Body></soap:Envelope>")]
    public void Read_NotSoapWithOneNswEnvelope_FaultsNotSoap(string text) =>
        CustomsRequestReader.Read(Samples.Bytes(text)).Fault.ShouldNotBeNull().Code.ShouldBe(CustomsFaultCodes.NotSoap);

    [Fact]
    public void Read_UnknownDocumentType_FaultsUnknownDocumentTypeWithMessageId()
    {
        var text = Samples.Text(Samples.Request(Samples.Declaration(), null)).Replace("BYT0300001", "BNNPTNT0200026");

        var read = CustomsRequestReader.Read(Samples.Bytes(text));

        read.Fault.ShouldNotBeNull().Code.ShouldBe(CustomsFaultCodes.UnknownDocumentType);
        read.MessageId.ShouldBe("3f2b6c1e-0d4a-4f55-9b7e-1a2b3c4d5e6f");
    }

    [Theory]
    [InlineData("<ICN>103027528700</ICN>", "<ICN>10302</ICN>")]
    [InlineData("<STT>2</STT>", "<STT>1</STT>")]
    [InlineData("<QN1>10</QN1>", "<QN1>-1</QN1>")]
    [InlineData("<CMD>90189090</CMD>", "<CMD>9018</CMD>")]
    [InlineData("<IP3>USD</IP3>", "<IP3>USD</IP3><Extra>1</Extra>")]
    [InlineData("<SO_LUU_HANH>2502433ĐKLH/BYT-HTTB</SO_LUU_HANH>", "")]
    public void Read_SchemaViolation_FaultsSchemaViolationWithPosition(string from, string to)
    {
        var text = Samples.Text(Samples.Request(Samples.Declaration(), null));
        text.ShouldContain(from);
        var index = text.IndexOf(from, StringComparison.Ordinal);

        var fault = CustomsRequestReader.Read(Samples.Bytes(text[..index] + to + text[(index + from.Length)..])).Fault.ShouldNotBeNull();

        fault.Code.ShouldBe(CustomsFaultCodes.SchemaViolation);
        fault.Line.ShouldNotBeNull();
    }

    [Fact]
    public void Read_MoreThanFiftyLines_FaultsSchemaViolation() =>
        CustomsRequestReader.Read(Samples.Request(Samples.Declaration(lines: 51), null)).Fault.ShouldNotBeNull().Code.ShouldBe(CustomsFaultCodes.SchemaViolation);

    [Theory]
    [InlineData("<type>10</type>", "<type>12</type>")]
    [InlineData("<function>01</function>", "<function>07</function>")]
    public void Read_UnknownTypeOrFunction_FaultsUnknownFunction(string from, string to)
    {
        var text = Samples.Text(Samples.Request(Samples.Declaration(), null)).Replace(from, to);

        CustomsRequestReader.Read(Samples.Bytes(text)).Fault.ShouldNotBeNull().Code.ShouldBe(CustomsFaultCodes.UnknownFunction);
    }

    [Fact]
    public void Read_ContentIsNotADeclaration_FaultsWrongContent()
    {
        var text = Samples.Text(Samples.Request(Samples.Declaration(), null));
        var start = text.IndexOf("<MedicalDeviceImportDeclaration", StringComparison.Ordinal);
        var end = text.IndexOf("</MedicalDeviceImportDeclaration>", StringComparison.Ordinal) + "</MedicalDeviceImportDeclaration>".Length;

        var read = CustomsRequestReader.Read(Samples.Bytes(text[..start] + "<Other xmlns=\"urn:someone:else\"><x/></Other>" + text[end..]));

        read.Fault.ShouldNotBeNull().Code.ShouldBe(CustomsFaultCodes.WrongContent);
    }
}
