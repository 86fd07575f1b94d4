namespace MedDevice.Hub.Core.Identifiers;

/// <summary>The Vietnamese identifiers the hub validates besides UDIs.</summary>
public enum IdentifierKind
{
    /// <summary>Registration number (số lưu hành) of a medical device.</summary>
    Registration,

    /// <summary>Tax code (mã số thuế) of an organisation, a branch or an individual.</summary>
    TaxCode,

    /// <summary>Personal identification number (CCCD / số định danh cá nhân), or a legacy CMND.</summary>
    PersonalId,
}
