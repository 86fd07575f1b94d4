using System.Text;
using MedDevice.Mappings.RegistryImport;

namespace MedDevice.Mappings.Tests.RegistryImport;

public sealed class CsvFieldsTests
{
    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData("a,,c,", new[] { "a", "", "c", "" })]
    [InlineData("\"Co., Ltd.\",\"say \"\"hi\"\"\",x", new[] { "Co., Ltd.", "say \"hi\"", "x" })]
    [InlineData("\"two\nlines\",y", new[] { "two\nlines", "y" })]
    [InlineData("", new[] { "" })]
    public void TrySplit_Rfc4180Record_ReturnsFields(string record, string[] expected)
    {
        var fields = new List<string>();

        CsvFields.TrySplit(record, fields).ShouldBeTrue();

        fields.ShouldBe(expected);
    }

    [Fact]
    public void TrySplit_UnterminatedQuote_IsFalse()
    {
        CsvFields.TrySplit("a,\"open", []).ShouldBeFalse();
        CsvFields.EndsInsideQuotes("a,\"open").ShouldBeTrue();
        CsvFields.EndsInsideQuotes("a,\"closed\"").ShouldBeFalse();
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("Shenzhen Co., Ltd.")]
    [InlineData("quote \" inside")]
    [InlineData("line\nbreak")]
    public void Append_ThenSplit_RoundTrips(string value)
    {
        var builder = new StringBuilder();
        CsvFields.Append(builder, value);
        builder.Append(',');
        CsvFields.Append(builder, "next");
        var fields = new List<string>();

        CsvFields.TrySplit(builder.ToString(), fields).ShouldBeTrue();

        fields.ShouldBe([value, "next"]);
    }
}
