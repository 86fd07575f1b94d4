namespace MedDevice.Hub.Core.Identifiers.PersonalId;

/// <summary>Stable error codes for personal identification numbers (CCCD / số định danh cá nhân). Messages never carry the number.</summary>
public static class PersonalIdErrorCodes
{
    /// <summary>Nothing to parse (null, empty or only white space).</summary>
    public const string Empty = "CCCD-001";

    /// <summary>Not 12 digits (nor a 9-digit legacy CMND number).</summary>
    public const string BadFormat = "CCCD-002";

    /// <summary>The first three digits are not one of the 63 province codes of the Ministry of Public Security.</summary>
    public const string UnknownProvince = "CCCD-003";

    /// <summary>A 9-digit legacy identity card number (CMND): recognised, but not a valid personal identification number.</summary>
    public const string LegacyCmnd = "CCCD-004";

    /// <summary>The birth year encoded by the century digit and YY lies after the current year.</summary>
    public const string BirthYearInFuture = "CCCD-005";
}
