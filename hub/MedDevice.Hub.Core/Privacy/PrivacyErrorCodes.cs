namespace MedDevice.Hub.Core.Privacy;

/// <summary>Stable codes for personal values that cannot be pseudonymised.</summary>
public static class PrivacyErrorCodes
{
    /// <summary>A personal ID is not 12 (CCCD) or 9 (CMND) digits after removing white space.</summary>
    public const string InvalidPersonalId = "PRIV-001";

    /// <summary>An insurance card number is not 2 letters followed by 13 digits after removing white space.</summary>
    public const string InvalidInsuranceCard = "PRIV-002";

    /// <summary>A pseudonym names a key that is not in the key ring, or is not a pseudonym at all.</summary>
    public const string UnknownPseudonymKey = "PRIV-003";
}
