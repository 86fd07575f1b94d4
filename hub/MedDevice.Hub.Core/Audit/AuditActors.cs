namespace MedDevice.Hub.Core.Audit;

/// <summary>Actors that are not partners.</summary>
public static class AuditActors
{
    /// <summary>The hub itself.</summary>
    public const string System = "system";

    /// <summary>An operator at the command line.</summary>
    public const string Operator = "operator";

    /// <summary>A caller that could not be authenticated.</summary>
    public const string Anonymous = "anonymous";
}
