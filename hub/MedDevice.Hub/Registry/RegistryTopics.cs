namespace MedDevice.Hub.Registry;

/// <summary>Topics of registry changes and the Provenance activities behind them.</summary>
public static class RegistryTopics
{
    /// <summary>A device entered the registry.</summary>
    public const string Registered = "device.registered";

    /// <summary>A registered device changed.</summary>
    public const string Changed = "device.changed";

    /// <summary>A device's registration was revoked (FHIR delete).</summary>
    public const string Revoked = "device.revoked";

    /// <summary>Goods of a device were imported, or their import declaration was amended (customs).</summary>
    public const string Imported = "device.imported";

    /// <summary>The customs declaration goods were imported with was cancelled.</summary>
    public const string ImportCancelled = "device.import-cancelled";

    /// <summary>The topic of a Provenance activity.</summary>
    public static string ForActivity(string activity) => activity switch
    {
        ProvenanceActivities.Registered => Registered,
        ProvenanceActivities.Revoked => Revoked,
        ProvenanceActivities.Imported or ProvenanceActivities.ImportAmended => Imported,
        ProvenanceActivities.ImportCancelled => ImportCancelled,
        _ => Changed,
    };
}
