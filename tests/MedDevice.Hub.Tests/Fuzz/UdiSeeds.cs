using MedDevice.Testing;
using System.Text.Json;

namespace MedDevice.Hub.Tests.Fuzz;

/// <summary>UDI strings from the repository's test vectors (tests/vectors/udi, never edited).</summary>
internal static class UdiSeeds
{
    private static readonly (string File, string Property)[] Sources =
    [
        ("udi/gs1/api_end_to_end.jsonl", "input"), ("udi/gs1/ai_parse_bracketed.jsonl", "input"), ("udi/gs1/scandata.jsonl", "input"),
        ("udi/hibcc/hibc_vectors_barcodeparserbuilder.jsonl", "barcode"), ("udi/hibcc/hibc_vectors_official_examples.jsonl", "barcode"),
        ("udi/isbt/isbt128_vectors.jsonl", "udi"),
    ];

    public static IReadOnlyList<string> Load()
    {
        var root = FindRoot();
        var seeds = new List<string>();
        foreach (var (file, property) in Sources)
        {
            foreach (var line in File.ReadLines(Path.Combine(root, file)).Where(l => l.Length > 0))
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
                {
                    seeds.Add(text);
                }
            }
        }

        return seeds;
    }

    private static string FindRoot() => TestVectors.Directory;
}
