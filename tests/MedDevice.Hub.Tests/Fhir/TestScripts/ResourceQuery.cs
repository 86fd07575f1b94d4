using System.Xml;
using System.Xml.XPath;
using Hl7.Fhir.FhirPath;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>
/// Evaluates TestScript <c>path</c> (XPath over the resource's XML form, prefix <c>fhir</c>) and <c>expression</c>
/// (FHIRPath, Firely's engine) on a resource. The server speaks JSON; XPath runs on Firely's XML rendering of it.
/// </summary>
public static class ResourceQuery
{
    private const string FhirNamespace = "http://hl7.org/fhir";
    private static readonly BaseFhirXmlSerializer XmlSerializer = new(ModelInfo.ModelInspector);

    /// <summary>
    /// The values an XPath selects: attribute values, or the <c>value</c> attribute of selected elements. Steps without a
    /// prefix get <c>fhir:</c> (the examples' variable paths such as <c>Patient/id</c> are written without one).
    /// </summary>
    public static IReadOnlyList<string> XPath(Resource resource, string path)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(path);
        var document = new XmlDocument();
        using (var writer = document.CreateNavigator()!.AppendChild())
        {
            XmlSerializer.Serialize(resource, writer);
        }

        var namespaces = new XmlNamespaceManager(document.NameTable);
        namespaces.AddNamespace("fhir", FhirNamespace);
        var values = new List<string>();
        foreach (XPathNavigator node in document.CreateNavigator()!.Select(Qualify(path), namespaces))
        {
            values.Add(node.NodeType == XPathNodeType.Attribute ? node.Value : node.GetAttribute("value", "") is { Length: > 0 } value ? value : node.Value);
        }

        return values;
    }

    /// <summary>The string forms of what a FHIRPath expression selects.</summary>
    public static IReadOnlyList<string> Select(Resource resource, string expression)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.Select(expression, new FhirEvaluationContext()).Select(Render).ToList();
    }

    /// <summary>True only when the FHIRPath expression evaluates to the single boolean true.</summary>
    public static bool IsTrue(Resource resource, string expression)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.IsTrue(expression, new FhirEvaluationContext());
    }

    private static string Render(object? node) => node switch
    {
        PrimitiveType primitive => primitive.ToString() ?? "",
        null => "",
        _ => node.ToString() ?? "",
    };

    private static string Qualify(string path) => string.Join('/', path.Split('/').Select(step =>
        step.Length == 0 || step.StartsWith('@') || step.Contains(':', StringComparison.Ordinal) || step is "." or ".." ? step : "fhir:" + step));
}
