namespace MedDevice.Hub.Core.Audit;

/// <summary>The outcomes an audit entry records.</summary>
public static class AuditOutcomes
{
    /// <summary>The action was carried out.</summary>
    public const string Allowed = "allowed";

    /// <summary>The action was refused.</summary>
    public const string Denied = "denied";

    /// <summary>The action was attempted and failed.</summary>
    public const string Error = "error";
}
