namespace MedDevice.Hub.Core.Identifiers.Registration;

/// <summary>Stable error codes for registration numbers (số lưu hành).</summary>
public static class RegistrationErrorCodes
{
    /// <summary>Nothing to parse (null, empty or only white space).</summary>
    public const string Empty = "REG-001";

    /// <summary>The text matches none of the known registration-number forms.</summary>
    public const string UnknownForm = "REG-002";

    /// <summary>The sequence part is all zeros, which no issuer assigns.</summary>
    public const string ZeroSequence = "REG-003";

    /// <summary>The value is longer than any known form allows (guard against pasted documents).</summary>
    public const string TooLong = "REG-004";
}
