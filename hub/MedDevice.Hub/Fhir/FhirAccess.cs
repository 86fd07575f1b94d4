using MedDevice.Hub.Partners;

namespace MedDevice.Hub.Fhir;

/// <summary>
/// Which FHIR interactions a partner may perform, deny by default: a grant in <c>FhirInteractions</c>
/// (<c>Device:read</c>, <c>Device:*</c>, <c>*</c>), or a role: <c>registry</c> (the MOH registry) may do everything on
/// Device and read Provenance; <c>admin</c> may read, search and see history of everything.
/// </summary>
public static class FhirAccess
{
    /// <summary>The interactions that only read.</summary>
    public static readonly IReadOnlySet<string> ReadInteractions = new HashSet<string>(StringComparer.Ordinal)
    {
        FhirInteraction.Read, FhirInteraction.VRead, FhirInteraction.HistoryInstance, FhirInteraction.HistoryType, FhirInteraction.SearchType,
    };

    /// <summary>True when the partner may perform <paramref name="interaction"/> on <paramref name="type"/>.</summary>
    public static bool IsAllowed(Partner partner, string type, string interaction)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var grants = partner.FhirInteractions;
        if (grants.Contains("*") || grants.Contains(type + ":*") || grants.Contains(type + ":" + interaction))
        {
            return true;
        }

        var reads = ReadInteractions.Contains(interaction);
        return (partner.HasRole("registry") && (type == "Device" || reads)) || (partner.IsAdmin && reads);
    }
}
