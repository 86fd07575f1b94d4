namespace MedDevice.Hub.Core.Privacy;

/// <summary>The kinds of personal identifier the hub pseudonymises.</summary>
public enum PersonalDataKind
{
    /// <summary>Personal identification number: 12 digits (CCCD, số định danh cá nhân) or 9 digits (legacy CMND).</summary>
    PersonalId,

    /// <summary>Health-insurance card number (<c>MA_THE_BHYT</c>): 2 letters then 13 digits, 15 characters.</summary>
    InsuranceCard,
}
