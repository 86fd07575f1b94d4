namespace MedDevice.Hub.Core.Identifiers.PersonalId;

/// <summary>Sex as encoded by the century digit of the personal identification number (even = male, odd = female).</summary>
public enum Sex
{
    /// <summary>Even century digit.</summary>
    Male,

    /// <summary>Odd century digit.</summary>
    Female,
}
