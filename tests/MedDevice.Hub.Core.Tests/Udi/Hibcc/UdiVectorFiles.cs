using System.Text.Json;

namespace MedDevice.Hub.Core.Tests.Udi.Hibcc;

/// <summary>Reads the shared UDI test vectors (never edited) from the first ancestor directory holding shared/vectors.</summary>
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

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "vectors"), Path.Combine(dir.FullName, "..", "shared", "vectors") })
            {
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException("shared/vectors was not found above " + AppContext.BaseDirectory);
    }
}
