using System.Text;
using System.Xml;
using MedDevice.Hub.Core.Xml;

namespace MedDevice.Hub.Core.Tests.Xml;

public sealed class SafeXmlTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        ]>
        <lolz>&lol9;</lolz>
        """;

    [Fact]
    public void Check_WellFormedSmallDocument_Accepts()
    {
        SafeXml.Check(Utf8("""<?xml version="1.0" encoding="utf-8"?><declaration id="1"><item qty="2">Máy thở</item><item/></declaration>""")).ShouldBeNull();
    }

    [Fact]
    public void CreateReader_WellFormedDocument_ReadsContent()
    {
        using var reader = SafeXml.CreateReader(Utf8("<a><b>text</b></a>"));

        reader.ReadToFollowing("b").ShouldBeTrue();
        reader.ReadElementContentAsString().ShouldBe("text");
    }

    [Fact]
    public void Check_BillionLaughs_RefusesAsDtd()
    {
        SafeXml.Check(Utf8(BillionLaughs))!.Code.ShouldBe(SafeXmlErrorCodes.DtdProhibited);
    }

    [Fact]
    public void Check_ExternalEntity_RefusesAsDtd()
    {
        const string xxe = """<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>""";

        SafeXml.Check(Utf8(xxe))!.Code.ShouldBe(SafeXmlErrorCodes.DtdProhibited);
    }

    [Fact]
    public void Check_ExternalDtdReference_RefusesAsDtd()
    {
        const string external = """<?xml version="1.0"?><!DOCTYPE foo SYSTEM "http://127.0.0.1:1/evil.dtd"><foo/>""";

        SafeXml.Check(Utf8(external))!.Code.ShouldBe(SafeXmlErrorCodes.DtdProhibited);
    }

    [Fact]
    public void Check_UndeclaredEntity_RefusesAsMalformed()
    {
        SafeXml.Check(Utf8("<a>&ent;</a>"))!.Code.ShouldBe(SafeXmlErrorCodes.Malformed);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Check_Depth_RefusesBeyondLimit(int depth, bool accepted)
    {
        var xml = string.Concat(Enumerable.Repeat("<e>", depth)) + string.Concat(Enumerable.Repeat("</e>", depth));

        var issue = SafeXml.Check(Utf8(xml), new SafeXmlLimits { MaxDepth = 4 });

        if (accepted)
        {
            issue.ShouldBeNull();
        }
        else
        {
            issue!.Code.ShouldBe(SafeXmlErrorCodes.TooDeep);
        }
    }

    [Fact]
    public void Check_DeepDocumentAtDefaults_RefusesAsTooDeep()
    {
        var xml = string.Concat(Enumerable.Repeat("<e>", 10_000)) + string.Concat(Enumerable.Repeat("</e>", 10_000));

        SafeXml.Check(Utf8(xml))!.Code.ShouldBe(SafeXmlErrorCodes.TooDeep);
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void Check_ElementCount_RefusesBeyondLimit(int elements, bool accepted)
    {
        var xml = "<r>" + string.Concat(Enumerable.Repeat("<i/>", elements - 1)) + "</r>";

        var issue = SafeXml.Check(Utf8(xml), new SafeXmlLimits { MaxElements = 10 });

        if (accepted)
        {
            issue.ShouldBeNull();
        }
        else
        {
            issue!.Code.ShouldBe(SafeXmlErrorCodes.TooManyElements);
        }
    }

    [Fact]
    public void Check_DocumentOverCharacterLimit_RefusesAsTooLarge()
    {
        var xml = "<r>" + new string('x', 5_000) + "</r>";

        SafeXml.Check(Utf8(xml), new SafeXmlLimits { MaxCharacters = 1_000 })!.Code.ShouldBe(SafeXmlErrorCodes.TooLarge);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<a>")]
    [InlineData("<a></b>")]
    [InlineData("not xml")]
    public void Check_Malformed_RefusesWithCodeAndPosition(string xml)
    {
        var issue = SafeXml.Check(Utf8(xml))!;

        issue.Code.ShouldBe(SafeXmlErrorCodes.Malformed);
        issue.Line.ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public void CreateReader_LimitBroken_ThrowsSafeXmlExceptionWithIssue()
    {
        using var reader = SafeXml.CreateReader(Utf8("<a><b><c/></b></a>"), new SafeXmlLimits { MaxDepth = 2 });

        var thrown = Should.Throw<SafeXmlException>(() => new XmlDocument { XmlResolver = null }.Load(reader));

        SafeXml.IssueOf(thrown)!.Code.ShouldBe(SafeXmlErrorCodes.TooDeep);
    }

    [Fact]
    public void CreateReader_TextReaderWithDtd_ThrowsDtdCode()
    {
        using var reader = SafeXml.CreateReader(new StringReader(BillionLaughs));

        Should.Throw<SafeXmlException>(() => { while (reader.Read()) { } }).Issue.Code.ShouldBe(SafeXmlErrorCodes.DtdProhibited);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
