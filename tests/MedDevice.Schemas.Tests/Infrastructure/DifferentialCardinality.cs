using System.Globalization;
using Hl7.Fhir.Model;

namespace MedDevice.Schemas.Tests.Infrastructure;

/// <summary>
/// Checks an instance against the min/max of a profile's differential, with FHIRPath over the Firely POCOs.
/// Slices discriminated by value on <c>url</c> (extensions) or <c>system</c> (identifiers) are supported: the
/// hub's profiles use no others. Not a validator (no snapshot, no types, no bindings): it proves the samples and
/// the profiles agree on what must and must not be present.
/// </summary>
public static class DifferentialCardinality
{
    /// <summary>One line per element whose count falls outside the profile's min..max, e.g. <c>Device.lotNumber: 1 not in 0..0</c>.</summary>
    public static IReadOnlyList<string> Violations(StructureDefinition profile, Resource instance)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var elements = profile.Differential!.Element;
        var violations = new List<string>();
        foreach (var element in elements.Where(e => e.ElementId!.Contains('.', StringComparison.Ordinal)))
        {
            var id = element.ElementId!;
            if (element.Min is null && element.Max is null)
            {
                continue;
            }

            var cut = id.LastIndexOf('.');
            var parentId = id[..cut];
            var child = StepFor(elements, id, id[(cut + 1)..]);
            var parents = parentId.Contains('.', StringComparison.Ordinal)
                ? FhirPathEngine.Select(instance, ExpressionFor(elements, parentId))
                : [instance];
            foreach (var parent in parents)
            {
                var count = FhirPathEngine.Select(parent, child).Count;
                var min = element.Min ?? 0;
                var tooMany = element.Max is { } max && max != "*" && count > int.Parse(max, CultureInfo.InvariantCulture);
                if (count < min || tooMany)
                {
                    violations.Add($"{id}: {count} not in {min}..{element.Max ?? "*"}");
                }
            }
        }

        return violations;
    }

    /// <summary>The FHIRPath selecting every node an element id stands for, from the resource root.</summary>
    public static string ExpressionFor(IList<ElementDefinition> elements, string elementId)
    {
        var parts = elementId.Split('.');
        var steps = new List<string>();
        for (var i = 1; i < parts.Length; i++)
        {
            steps.Add(StepFor(elements, string.Join('.', parts[..(i + 1)]), parts[i]));
        }

        return string.Join('.', steps);
    }

    private static string StepFor(IList<ElementDefinition> elements, string elementId, string part)
    {
        var colon = part.IndexOf(':', StringComparison.Ordinal);
        var name = (colon < 0 ? part : part[..colon]).Replace("[x]", string.Empty, StringComparison.Ordinal);
        if (colon < 0)
        {
            return name;
        }

        var slice = elements.Single(e => e.ElementId == elementId);
        var slicedPath = slice.Path;
        var discriminator = elements.Single(e => e.ElementId == slicedPath && e.Slicing is not null).Slicing!.Discriminator.ShouldHaveSingleItem();
        discriminator.Type.ShouldBe(ElementDefinition.DiscriminatorType.Value);
        var value = discriminator.Path switch
        {
            "url" => slice.Type.ShouldHaveSingleItem().Profile.ShouldHaveSingleItem()!,
            "system" => ((FhirUri)elements.Single(e => e.ElementId == elementId + ".system").Pattern!).Value!,
            _ => throw new NotSupportedException($"Discriminator path {discriminator.Path} is not supported."),
        };
        return $"{name}.where({discriminator.Path} = '{value}')";
    }
}
