namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1;

/// <summary>Placeholder replaced by the real parser in this change set.</summary>
internal static class Gs1UdiParser
{
    public static UdiParseResult Parse(string text, UdiParserOptions options, DateOnly today)
    {
        _ = options;
        _ = today;
        return UdiParseResult.Failure(UdiIssuer.Gs1, "UDI-002", "Parser not yet available.", text.Length);
    }
}
