namespace MedDevice.Adapters.Identity.Model;

/// <summary>An organisation's standing in the enterprise register.</summary>
public enum OrganizationStanding
{
    /// <summary>Operating.</summary>
    Active,

    /// <summary>Temporarily suspended.</summary>
    Suspended,

    /// <summary>Dissolved or closed.</summary>
    Closed,

    /// <summary>No organisation holds the tax code.</summary>
    NotFound,
}
