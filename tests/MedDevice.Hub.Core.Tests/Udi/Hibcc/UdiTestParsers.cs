using MedDevice.Hub.Core.Identifiers.Udi;
using Microsoft.Extensions.Time.Testing;

namespace MedDevice.Hub.Core.Tests.Udi.Hibcc;

/// <summary>Parsers on a fixed clock (2025-06-01), through the public dispatcher.</summary>
internal static class UdiTestParsers
{
    public static readonly DateOnly Today = new(2025, 6, 1);

    private static readonly UdiParser StrictParser = Create(lenient: false);
    private static readonly UdiParser LenientParser = Create(lenient: true);

    public static UdiParseResult Parse(string text, bool lenient = false) =>
        (lenient ? LenientParser : StrictParser).Parse(text);

    private static UdiParser Create(bool lenient) =>
        new(new UdiParserOptions { Lenient = lenient }, new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero)));
}
