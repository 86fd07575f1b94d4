namespace MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

/// <summary>Placeholder replaced by the real parser in this change set.</summary>
internal static class HibccUdiParser
{
    public static UdiParseResult Parse(string text, UdiParserOptions options, DateOnly today)
    {
        _ = options;
        _ = today;
        return UdiParseResult.Failure(UdiIssuer.Hibcc, "UDI-002", "Parser not yet available.", text.Length);
    }
}
