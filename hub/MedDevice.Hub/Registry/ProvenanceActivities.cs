namespace MedDevice.Hub.Registry;

/// <summary>Provenance activity codes of the hub (<c>{canonical}/CodeSystem/provenance-activity</c>).</summary>
public static class ProvenanceActivities
{
    /// <summary>The device was first registered.</summary>
    public const string Registered = "registered";

    /// <summary>The registered device changed.</summary>
    public const string Changed = "changed";

    /// <summary>The registration was revoked.</summary>
    public const string Revoked = "revoked";
}
