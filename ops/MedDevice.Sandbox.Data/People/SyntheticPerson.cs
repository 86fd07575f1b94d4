using MedDevice.Hub.Core.Identifiers.PersonalId;

namespace MedDevice.Sandbox.Data.People;

/// <summary>One synthetic citizen of the sandbox population (fictitious; any likeness to a real person is accidental).</summary>
/// <param name="Index">The generator index that produced it (stable).</param>
/// <param name="PersonalId">A valid 12-digit personal identification number (province, century/sex digit, year, serial).</param>
/// <param name="FullName">A Vietnamese full name with diacritics (family, middle, given).</param>
/// <param name="BirthDate">The date of birth; its year and the sex agree with the personal ID.</param>
/// <param name="Sex">The sex encoded in the century digit.</param>
/// <param name="VneidLevel">The VNeID electronic identification level: 2 for most, 1 for some.</param>
public sealed record SyntheticPerson(int Index, string PersonalId, string FullName, DateOnly BirthDate, Sex Sex, int VneidLevel)
{
    /// <summary>Masked: a synthetic person is still treated like personal data (it must not reach logs).</summary>
    public override string ToString() => $"SyntheticPerson({Index}, {PersonalIdMasking.Mask(PersonalId)})";
}
