using System.Text.RegularExpressions;

namespace MedDevice.Hub.Core.Privacy;

/// <summary>
/// Replaces personal-identifier-shaped values in free text (log messages, error texts). A value counts only when it
/// stands alone: the characters on either side are not letters, digits or '_'. Rules, in order:
/// <list type="bullet">
/// <item>2 ASCII letters + 13 digits (health-insurance card, <c>MA_THE_BHYT</c>) → <see cref="CardToken"/>;</item>
/// <item>d/M/yyyy, dd/MM/yyyy with '/', '-' or '.' (years 1900–2099) → <see cref="DateToken"/>;</item>
/// <item>yyyy-MM-dd, yyyy/MM/dd or yyyy.MM.dd (years 1900–2099) → <see cref="DateToken"/>; an ISO date directly
/// followed by a letter (the <c>T</c> of a timestamp) is a timestamp, not a birth date, and is kept;</item>
/// <item>exactly 12 or exactly 9 digits (CCCD, legacy CMND) → <see cref="IdToken"/>.</item>
/// </list>
/// Kept on purpose: 14-digit GTINs, 13-digit GTINs, 10-digit and 10-3-digit tax codes (so also 10-digit phone
/// numbers), digit runs of any other length, digits glued to letters (ULIDs, lot codes). A 12-digit GTIN-12 that
/// stands alone cannot be told from a CCCD and is redacted. Names cannot be recognised and are not redacted:
/// names stay out of logs by never logging payloads.
/// </summary>
public static partial class PersonalDataRedactor
{
    /// <summary>Replaces a 9- or 12-digit personal ID.</summary>
    public const string IdToken = "[redacted-id]";

    /// <summary>Replaces a health-insurance card number.</summary>
    public const string CardToken = "[redacted-card]";

    /// <summary>Replaces a calendar date.</summary>
    public const string DateToken = "[redacted-date]";

    /// <summary>The text with every personal-identifier-shaped value replaced; the same instance when nothing matched.</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return text;
        }

        return Pattern().Replace(text, static match => match.Groups["card"].Success ? CardToken
            : match.Groups["id"].Success ? IdToken
            : DateToken);
    }

    /// <summary>True when <see cref="Redact"/> would change the text.</summary>
    public static bool ContainsPersonalData(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().ContainsAnyInRange('0', '9') && Pattern().IsMatch(text);
    }

    [GeneratedRegex("""
        (?<![\p{L}\p{N}_])
        (?:
            (?<card>[A-Za-z]{2}[0-9]{13})(?![\p{L}\p{N}_])
          | (?<vn>(?:0?[1-9]|[12][0-9]|3[01])[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:19|20)[0-9]{2})(?![\p{L}\p{N}_])
          | (?<iso>(?:19|20)[0-9]{2}[/.\-](?:0[1-9]|1[0-2])[/.\-](?:0[1-9]|[12][0-9]|3[01]))(?![\p{L}\p{N}_])
          | (?<id>[0-9]{12}|[0-9]{9})(?![\p{L}\p{N}_])
        )
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
