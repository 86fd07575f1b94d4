namespace MedDevice.Hub.Core.Identifiers.Udi.Iccbba;

/// <summary>Stable error codes of the ICCBBA ISBT 128 UDI parser. Positions always point into the original input.</summary>
public static class IsbtErrorCodes
{
    /// <summary>A data identifier was expected (first character '=' or '&amp;') but another character was found.</summary>
    public const string DataIdentifierExpected = "UDI-ISBT-001";

    /// <summary>The data identifier is not one this parser recognises.</summary>
    public const string UnknownDataIdentifier = "UDI-ISBT-002";

    /// <summary>The input ends inside a data structure.</summary>
    public const string Truncated = "UDI-ISBT-003";

    /// <summary>
    /// The next data identifier starts before a fixed-length data structure is complete (e.g. a 14-digit GTIN after
    /// <c>=/</c>, which needs 16 characters). A warning in lenient mode, where the shorter content is kept.
    /// </summary>
    public const string ShortDataStructure = "UDI-ISBT-004";

    /// <summary>A data content character outside the structure's character set.</summary>
    public const string InvalidCharacter = "UDI-ISBT-005";

    /// <summary>A date (cyyjjj, yyyymm) or time (hhmm) does not exist.</summary>
    public const string InvalidDate = "UDI-ISBT-006";

    /// <summary>
    /// The DIN flag characters carry an ISO/IEC 7064 mod 37-2 check value (flags 60–96) that does not match the
    /// 13-character DIN. A warning in lenient mode.
    /// </summary>
    public const string DinCheckMismatch = "UDI-ISBT-007";

    /// <summary>A compound message header (<c>=+aabbb</c>) announces a different number of data structures than follow.</summary>
    public const string CompoundMessageCount = "UDI-ISBT-008";

    /// <summary>The same datum appears twice with different values.</summary>
    public const string ConflictingData = "UDI-ISBT-009";
}
