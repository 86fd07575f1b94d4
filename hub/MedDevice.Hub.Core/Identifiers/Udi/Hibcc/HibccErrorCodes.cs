namespace MedDevice.Hub.Core.Identifiers.Udi.Hibcc;

/// <summary>Stable error codes of the HIBCC (HIBC LIC) UDI parser. Positions always point into the original input.</summary>
public static class HibccErrorCodes
{
    /// <summary>The data (after an optional AIM symbology identifier) does not start with the HIBC flag character '+'.</summary>
    public const string NotHibcc = "UDI-HIBC-001";

    /// <summary>A character outside the HIBC (Code 39 mod 43) alphabet <c>0-9A-Z-. $/+%</c>.</summary>
    public const string InvalidCharacter = "UDI-HIBC-002";

    /// <summary>The data ends before a required part (primary, flag, date, quantity, check character).</summary>
    public const string Truncated = "UDI-HIBC-003";

    /// <summary>The Labeler Identification Code is not four alphanumeric characters starting with a letter.</summary>
    public const string InvalidLabeler = "UDI-HIBC-004";

    /// <summary>The Product or Catalog Number is empty or longer than 18 alphanumeric characters.</summary>
    public const string InvalidProduct = "UDI-HIBC-005";

    /// <summary>The Unit of Measure is not a single digit.</summary>
    public const string InvalidUnitOfMeasure = "UDI-HIBC-006";

    /// <summary>The mod 43 check character does not match (a warning in lenient mode).</summary>
    public const string CheckCharacterMismatch = "UDI-HIBC-007";

    /// <summary>A separate secondary symbol carries a link character different from the primary's check character.</summary>
    public const string LinkCharacterMismatch = "UDI-HIBC-008";

    /// <summary>A secondary data field starts with an unknown flag.</summary>
    public const string UnknownFlag = "UDI-HIBC-009";

    /// <summary>A date is malformed or does not exist (month 13, day 32, day of year 367, hour 24).</summary>
    public const string InvalidDate = "UDI-HIBC-010";

    /// <summary>A quantity is not the required number of digits.</summary>
    public const string InvalidQuantity = "UDI-HIBC-011";

    /// <summary>A lot or serial number is longer than 18 characters.</summary>
    public const string FieldTooLong = "UDI-HIBC-012";

    /// <summary>The same datum (lot, serial, expiry, manufacture date) appears twice with different values.</summary>
    public const string ConflictingData = "UDI-HIBC-013";

    /// <summary>A secondary data field is empty (two '/' in a row, or a '/' right before the check character).</summary>
    public const string EmptyField = "UDI-HIBC-014";

    /// <summary>Characters follow a fixed-length field (e.g. after <c>/16D</c> YYYYMMDD) or a symbol where none may.</summary>
    public const string UnexpectedData = "UDI-HIBC-015";
}
