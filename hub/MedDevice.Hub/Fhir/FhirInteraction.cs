namespace MedDevice.Hub.Fhir;

/// <summary>FHIR RESTful interaction codes (as in CapabilityStatement.rest.resource.interaction).</summary>
public static class FhirInteraction
{
    /// <summary>read.</summary>
    public const string Read = "read";

    /// <summary>vread.</summary>
    public const string VRead = "vread";

    /// <summary>history-instance.</summary>
    public const string HistoryInstance = "history-instance";

    /// <summary>history-type.</summary>
    public const string HistoryType = "history-type";

    /// <summary>search-type.</summary>
    public const string SearchType = "search-type";

    /// <summary>create.</summary>
    public const string Create = "create";

    /// <summary>update.</summary>
    public const string Update = "update";

    /// <summary>delete.</summary>
    public const string Delete = "delete";
}
