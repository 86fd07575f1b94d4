namespace MedDevice.Adapters.Identity.Model;

/// <summary>The population database's verdict on a citizen.</summary>
public enum CitizenVerdict
{
    /// <summary>The number exists and the name and birth date match.</summary>
    Match,

    /// <summary>The number exists but a given field differs.</summary>
    Mismatch,

    /// <summary>Nobody holds the number.</summary>
    NotFound,
}
