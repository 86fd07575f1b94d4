namespace MedDevice.Hub.Core.Identifiers.TaxCode;

/// <summary>Stable error codes for tax codes (mã số thuế, MST).</summary>
public static class TaxCodeErrorCodes
{
    /// <summary>Nothing to parse (null, empty or only white space).</summary>
    public const string Empty = "MST-001";

    /// <summary>Not 10 digits, 10 digits + <c>-</c> + 3 digits (branch), 13 digits, or 12 digits (personal).</summary>
    public const string BadFormat = "MST-002";

    /// <summary>The tenth digit does not match the check digit computed from the first nine.</summary>
    public const string CheckDigitMismatch = "MST-003";

    /// <summary>The first nine digits give a weighted sum divisible by 11: no check digit exists, so no such code is issued.</summary>
    public const string NoCheckDigitPossible = "MST-004";

    /// <summary>Branch suffix <c>000</c>; branches are numbered 001–999.</summary>
    public const string BranchZero = "MST-005";

    /// <summary>A 12-digit personal tax code that is not a valid personal identification number (its CCCD issues follow).</summary>
    public const string InvalidPersonalId = "MST-006";
}
