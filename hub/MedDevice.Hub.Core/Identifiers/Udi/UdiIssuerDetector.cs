namespace MedDevice.Hub.Core.Identifiers.Udi;

/// <summary>Recognises the issuing agency of UDI text without parsing it.</summary>
internal static class UdiIssuerDetector
{
    /// <summary>Returns the issuer, or null when the text matches none.</summary>
    public static UdiIssuer? Detect(string text)
    {
        var body = text.AsSpan();
        if (body.Length >= 3 && body[0] == ']')
        {
            // AIM symbology identifier: ]d2, ]C1, ]Q3, ]e0, ]J1 announce GS1 data; others (]zB, ]d1, ]Q1) do not.
            var aim = body[..3];
            if (aim is "]d2" or "]C1" or "]Q3" or "]e0" or "]J1")
            {
                return UdiIssuer.Gs1;
            }

            body = body[3..];
        }

        if (body.IsEmpty)
        {
            return null;
        }

        return body[0] switch
        {
            '+' => UdiIssuer.Hibcc,
            // HIBC in Code 39 is often printed and keyed between asterisks: *+A123…*
            '*' when body.Length > 1 && body[1] == '+' => UdiIssuer.Hibcc,
            '=' or '&' => UdiIssuer.Iccbba,
            '(' or '{' or '^' or '\u001d' or '\u00e8' => UdiIssuer.Gs1,
            >= '0' and <= '9' => UdiIssuer.Gs1,
            _ when body.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || body.StartsWith("https://", StringComparison.OrdinalIgnoreCase) => UdiIssuer.Gs1,
            _ => null,
        };
    }
}
