namespace MedDevice.Adapters.Customs;

/// <summary>
/// What this adapter is, in the shape of the adapter contract's descriptor (name, partner role, version, contract),
/// so it can adopt <c>MedDevice.Adapters.Abstractions</c> without changing its callers.
/// </summary>
public static class CustomsAdapterInfo
{
    /// <summary>The adapter name (configuration section <c>Hub:Adapters:Customs</c> when adopted).</summary>
    public const string Name = "Customs";

    /// <summary>The partner role that may call it.</summary>
    public const string PartnerRole = "customs";

    /// <summary>Semantic version of the adapter.</summary>
    public const string Version = "1.0.0";

    /// <summary>The published contract it implements.</summary>
    public const string Contract = "schemas/customs/customs.wsdl (urn:meddevice:customs:wsdl:v1)";
}
