namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1;

/// <summary>
/// Stable error codes for GS1 data (UDI-GS1-0NN: structure and association rules; UDI-GS1-1NN: component
/// content, one per GS1 linter error, see the other part of this class).
/// </summary>
public static partial class Gs1ErrorCodes
{
    /// <summary>The text holds no GS1 data after the symbology identifier.</summary>
    public const string Empty = "UDI-GS1-001";

    /// <summary>An element string must begin with FNC1 (<c>^</c>, GS or an AIM GS1 symbology identifier).</summary>
    public const string MissingFnc1 = "UDI-GS1-002";

    /// <summary>The application identifier is not in the GS1 syntax dictionary.</summary>
    public const string UnknownAi = "UDI-GS1-003";

    /// <summary>The AI value is shorter than its format allows (or empty).</summary>
    public const string ValueTooShort = "UDI-GS1-004";

    /// <summary>The AI value is longer than its format allows.</summary>
    public const string ValueTooLong = "UDI-GS1-005";

    /// <summary>Bracketed (HRI) syntax is malformed: missing or unclosed <c>(AI)</c>.</summary>
    public const string BracketedSyntax = "UDI-GS1-006";

    /// <summary>An FNC1 separator appears where none is allowed (e.g. empty element).</summary>
    public const string MisplacedFnc1 = "UDI-GS1-007";

    /// <summary>The same AI occurs more than once with different values.</summary>
    public const string RepeatedAiMismatch = "UDI-GS1-010";

    /// <summary>Two AIs that the GS1 syntax dictionary declares mutually exclusive (<c>ex=</c>) occur together.</summary>
    public const string MutuallyExclusiveAis = "UDI-GS1-011";

    /// <summary>An AI occurs without the AIs it requires (<c>req=</c>).</summary>
    public const string RequiredAiMissing = "UDI-GS1-012";

    /// <summary>A digital signature (8030) occurs with a key that lacks its serial component.</summary>
    public const string DigitalSignatureNeedsSerialisedKey = "UDI-GS1-013";

    /// <summary>The GS1 Digital Link URI is malformed (characters, scheme, domain or escaping).</summary>
    public const string DigitalLinkSyntax = "UDI-GS1-020";

    /// <summary>The GS1 Digital Link URI path holds no primary key.</summary>
    public const string DigitalLinkNoPrimaryKey = "UDI-GS1-021";

    /// <summary>The path AIs are not a valid key-qualifier sequence for the primary key.</summary>
    public const string DigitalLinkBadKeyQualifiers = "UDI-GS1-022";

    /// <summary>An AI occurs more than once in a GS1 Digital Link URI.</summary>
    public const string DigitalLinkDuplicateAi = "UDI-GS1-023";

    /// <summary>A numeric query parameter is not a known AI.</summary>
    public const string DigitalLinkUnknownQueryAi = "UDI-GS1-024";

    /// <summary>A GTIN shorter than 14 digits appears in a Digital Link URI where zero suppression is not permitted.</summary>
    public const string DigitalLinkZeroSuppressedGtin = "UDI-GS1-025";

    /// <summary>The AIs cannot be expressed as a GS1 Digital Link URI.</summary>
    public const string DigitalLinkNotRepresentable = "UDI-GS1-026";

    /// <summary>Scan data must begin with an AIM symbology identifier.</summary>
    public const string MissingSymbologyIdentifier = "UDI-GS1-030";

    /// <summary>The AIM symbology identifier is not supported.</summary>
    public const string UnsupportedSymbologyIdentifier = "UDI-GS1-031";

    /// <summary>The symbology identifier announces non-GS1 data.</summary>
    public const string NotGs1Data = "UDI-GS1-032";

    /// <summary>The primary (EAN/UPC/DataBar) data is malformed or its check digit is wrong.</summary>
    public const string InvalidPrimaryData = "UDI-GS1-033";

    /// <summary>The data cannot be written for the requested symbology.</summary>
    public const string SymbologyMismatch = "UDI-GS1-034";

    /// <summary>A date AI does not resolve to a calendar date.</summary>
    public const string InvalidDate = "UDI-GS1-040";
}
