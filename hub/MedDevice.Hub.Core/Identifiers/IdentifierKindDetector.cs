namespace MedDevice.Hub.Core.Identifiers;

/// <summary>
/// Guesses which identifier a typed value is, from its shape only: letters or '/' → registration number;
/// 10 or 13 digits, or 10 digits-3 digits → tax code; 9 or 12 digits → personal number (a 12-digit personal
/// tax code is the same number, so the personal reading wins).
/// </summary>
public static class IdentifierKindDetector
{
    /// <summary>Returns the most likely kind, or null when the shape fits none.</summary>
    public static IdentifierKind? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var compact = IdentifierText.Compact(text);
        if (compact.AsSpan().IndexOfAny('/', 'Đ') >= 0 || compact.Any(char.IsLetter))
        {
            return IdentifierKind.Registration;
        }

        if (IdentifierText.IsDigits(compact))
        {
            return compact.Length switch
            {
                9 or 12 => IdentifierKind.PersonalId,
                10 or 13 => IdentifierKind.TaxCode,
                _ => null,
            };
        }

        var dash = compact.IndexOf('-', StringComparison.Ordinal);
        return dash == 10 && IdentifierText.IsDigits(compact.AsSpan(0, dash)) && IdentifierText.IsDigits(compact.AsSpan(dash + 1))
            ? IdentifierKind.TaxCode
            : null;
    }
}
