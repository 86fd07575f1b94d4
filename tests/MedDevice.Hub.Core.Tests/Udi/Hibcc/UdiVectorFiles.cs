using MedDevice.Testing;
using System.Text.Json;

namespace MedDevice.Hub.Core.Tests.Udi.Hibcc;

/// <summary>Reads the UDI test vectors the repository carries (tests/vectors/udi, copied unedited).</summary>
internal static class UdiVectorFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The non-empty lines of a JSON Lines vector file, with 1-based line numbers.</summary>
    public static IReadOnlyList<(int Line, string Json)> ReadLines(string relativePath)
    {
        var path = Path.Combine(Root.Value, relativePath);
        return File.ReadAllLines(path)
            .Select((json, index) => (Line: index + 1, Json: json))
            .Where(line => !string.IsNullOrWhiteSpace(line.Json))
            .ToList();
    }

    /// <summary>Parses a vector line.</summary>
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static string FindRoot() => TestVectors.Directory;
}
