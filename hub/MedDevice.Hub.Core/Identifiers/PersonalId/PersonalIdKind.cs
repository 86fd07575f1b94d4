namespace MedDevice.Hub.Core.Identifiers.PersonalId;

/// <summary>Which kind of personal number the digits are.</summary>
public enum PersonalIdKind
{
    /// <summary>12-digit personal identification number (số định danh cá nhân, printed on the CCCD card).</summary>
    PersonalIdentificationNumber,

    /// <summary>9-digit identity card number of the old CMND card (legacy; no longer issued).</summary>
    LegacyCmnd,
}
