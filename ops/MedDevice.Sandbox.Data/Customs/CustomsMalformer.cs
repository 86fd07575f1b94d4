using System.Text;

namespace MedDevice.Sandbox.Data.Customs;

/// <summary>Breaks a well-formed, signed request in one of the ways customs systems and attackers do (pure text edits).</summary>
public static class CustomsMalformer
{
    private const string Bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>&lol3;</soap:Body></soap:Envelope>
        """;

    /// <summary>The broken message.</summary>
    public static byte[] Break(byte[] request, CustomsMalformation malformation)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = Encoding.UTF8.GetString(request);
        var broken = malformation switch
        {
            CustomsMalformation.Truncated => text[..(text.Length / 2)],
            CustomsMalformation.EntityBomb => Bomb,
            CustomsMalformation.SchemaViolation => ReplaceBetween(text, "<ICN>", "</ICN>", "10302"),
            CustomsMalformation.UnknownDocumentType => text.Replace("<documentType>BYT0300001</documentType>", "<documentType>BNNPTNT0200026</documentType>", StringComparison.Ordinal),
            CustomsMalformation.Tampered => ReplaceBetween(text, "<UPR>", "</UPR>", "1"),
            _ => throw new ArgumentOutOfRangeException(nameof(malformation), malformation, "Unknown malformation."),
        };
        return Encoding.UTF8.GetBytes(broken);
    }

    private static string ReplaceBetween(string text, string open, string close, string value)
    {
        var start = text.IndexOf(open, StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf(close, start, StringComparison.Ordinal);
        return start < 0 || end < 0 ? text : string.Concat(text.AsSpan(0, start + open.Length), value, text.AsSpan(end));
    }
}
