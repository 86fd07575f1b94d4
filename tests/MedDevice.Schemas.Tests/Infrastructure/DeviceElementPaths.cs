using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace MedDevice.Schemas.Tests.Infrastructure;

/// <summary>Resolves an element path (<c>Device.udiCarrier.issuer</c>, <c>Extension.value[x]</c>) against the R4 model.</summary>
public static class DeviceElementPaths
{
    /// <summary>The position of each step in its parent type (R4 element order), or null when a step does not exist.</summary>
    public static IReadOnlyList<int>? Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = path.Split('.');
        var mapping = ModelInfo.ModelInspector.FindClassMapping(parts[0]);
        var order = new List<int>();
        foreach (var part in parts.Skip(1))
        {
            var property = mapping?.FindMappedElementByName(part.Replace("[x]", string.Empty, StringComparison.Ordinal));
            if (property is null)
            {
                return null;
            }

            order.Add(property.Order ?? -1);
            mapping = ModelInfo.ModelInspector.FindOrImportClassMapping(property.ImplementingType);
        }

        return order;
    }
}
