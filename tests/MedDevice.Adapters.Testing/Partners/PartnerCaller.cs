namespace MedDevice.Adapters.Testing.Partners;

/// <summary>Who sends a message in a contract test.</summary>
public enum PartnerCaller
{
    /// <summary>The partner, authenticated and allowed.</summary>
    Partner,

    /// <summary>No credentials at all.</summary>
    Anonymous,

    /// <summary>An authenticated partner without the role the module needs.</summary>
    WrongRole,
}
