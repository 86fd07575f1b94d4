namespace MedDevice.Hub.Hardening;

/// <summary>Codes of refusals made by the shared HTTP limits.</summary>
public static class HardeningErrorCodes
{
    /// <summary>The request took longer than <c>Hub:Http:RequestTimeoutSeconds</c> (504).</summary>
    public const string RequestTimeout = "HUB-HTTP-504";
}
