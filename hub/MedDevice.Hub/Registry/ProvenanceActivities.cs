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

    /// <summary>Goods of the device were imported (a customs declaration).</summary>
    public const string Imported = "imported";

    /// <summary>The customs declaration the goods were imported with was amended.</summary>
    public const string ImportAmended = "import-amended";

    /// <summary>The customs declaration the goods were imported with was cancelled.</summary>
    public const string ImportCancelled = "import-cancelled";
}
