using System.Text.Json.Nodes;

namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>The R4 TestScript examples in <c>shared/reference/fhir/testscripts</c>, found above the test binaries (never edited).</summary>
public static class TestScriptFiles
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    /// <summary>The file names of the TestScripts (other resources in the folder, such as TestReport, are left out).</summary>
    public static IReadOnlyList<string> Names() =>
        Directory.GetFiles(Folder.Value, "*.json").Order(StringComparer.Ordinal)
            .Where(f => Load(Path.GetFileName(f))["resourceType"]?.GetValue<string>() == "TestScript")
            .Select(f => Path.GetFileName(f)!).ToList();

    public static JsonObject Load(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder.Value, name)))!.AsObject();

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared"), Path.Combine(dir.FullName, "..", "shared") })
            {
                var folder = Path.Combine(candidate, "reference", "fhir", "testscripts");
                if (Directory.Exists(folder))
                {
                    return Path.GetFullPath(folder);
                }
            }
        }

        throw new DirectoryNotFoundException("shared/reference/fhir/testscripts was not found above " + AppContext.BaseDirectory);
    }
}
