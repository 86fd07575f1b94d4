using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace MedDevice.Mappings.Tests.Customs;

/// <summary>
/// Golden files: <c>Golden/&lt;case&gt;.input.xml</c> (a declaration as customs sends it) maps to <c>&lt;case&gt;.expected.json</c>
/// (line verdicts + FHIR Bundle). Set <c>MEDDEVICE_UPDATE_GOLDEN=1</c> to rewrite the expected files after a deliberate change.
/// </summary>
public sealed class CustomsGoldenTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Customs", "Golden");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.input.xml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".input.xml".Length]);
        }

        return data;
    }

    [Fact]
    public void Cases_EveryInputHasAnExpectedFile_AtLeastFive()
    {
        var inputs = Directory.GetFiles(Folder, "*.input.xml");

        inputs.Length.ShouldBeGreaterThanOrEqualTo(5);
        inputs.ShouldAllBe(i => File.Exists(i.Replace(".input.xml", ".expected.json", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Map_GoldenInput_MatchesExpected(string name)
    {
        var actual = CustomsGoldenCase.Run(File.ReadAllText(Path.Combine(Folder, name + ".input.xml")));

        if (Environment.GetEnvironmentVariable("MEDDEVICE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceFolder(), name + ".expected.json"), actual + "\n");
        }

        var expected = File.ReadAllText(Path.Combine(Folder, name + ".expected.json"));
        JsonNode.DeepEquals(JsonNode.Parse(actual), JsonNode.Parse(expected)).ShouldBeTrue($"{name}: mapping differs from the golden file\n{actual}");
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "Golden");
}
