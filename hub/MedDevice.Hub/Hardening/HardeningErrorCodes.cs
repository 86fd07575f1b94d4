namespace MedDevice.Hub.Hardening;

/// <summary>Codes of refusals made by the shared HTTP limits and error handling.</summary>
public static class HardeningErrorCodes
{
    /// <summary>The request took longer than <c>Hub:Http:RequestTimeoutSeconds</c> (504).</summary>
    public const string RequestTimeout = "HUB-HTTP-504";

    /// <summary>The body reached Kestrel's cap (<c>Hub:Inbound:MaxBodyBytes</c>) in an endpoint that does not answer it itself (413).</summary>
    public const string TooLarge = "HUB-HTTP-413";

    /// <summary>An exception escaped the endpoint (500).</summary>
    public const string Unhandled = "HUB-HTTP-500";
}
