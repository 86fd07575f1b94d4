using MedDevice.Testing;
using System.Text.Json.Nodes;

namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>The R4 TestScript examples in <c>tests/vectors/fhir/testscripts</c> (copied unedited).</summary>
public static class TestScriptFiles
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    /// <summary>The file names of the TestScripts (other resources in the folder, such as TestReport, are left out).</summary>
    public static IReadOnlyList<string> Names() =>
        Directory.GetFiles(Folder.Value, "*.json").Order(StringComparer.Ordinal)
            .Where(f => Load(Path.GetFileName(f))["resourceType"]?.GetValue<string>() == "TestScript")
            .Select(f => Path.GetFileName(f)!).ToList();

    public static JsonObject Load(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder.Value, name)))!.AsObject();

    private static string FindFolder() => TestVectors.Path("fhir", "testscripts");
}
