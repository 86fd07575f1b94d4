using System.Text.Json;
using MedDevice.Hub.Cli.Udi;

namespace MedDevice.Hub.Cli.Tests.Udi;

public class JsonStringLiteralTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("abc", "\"abc\"")]
    [InlineData("\u001d", "\"\\u001d\"")]
    [InlineData("\u0000\u001f\u007f", "\"\\u0000\\u001f\\u007f\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("Đà Nẵng", "\"Đà Nẵng\"")]
    [InlineData("\u2028\u2029", "\"\\u2028\\u2029\"")]
    [InlineData("\uD83D\uDE00", "\"\uD83D\uDE00\"")]
    public void Quote_Value_WritesExpectedLiteral(string value, string literal) =>
        JsonStringLiteral.Quote(value).ShouldBe(literal);

    [Fact]
    public void Quote_LoneSurrogate_BecomesReplacementCharacter() =>
        JsonStringLiteral.Quote("x\uD800y\uDC00").ShouldBe("\"x\uFFFDy\uFFFD\"");

    [Fact]
    public void Quote_EveryAsciiCharacter_RoundTripsThroughAJsonParser()
    {
        var all = new string(Enumerable.Range(0, 128).Select(i => (char)i).ToArray()) + "é€😀Ð";

        JsonSerializer.Deserialize<string>(JsonStringLiteral.Quote(all)).ShouldBe(all);
    }
}
