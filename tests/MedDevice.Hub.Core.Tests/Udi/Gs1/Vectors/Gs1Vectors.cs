using MedDevice.Testing;
using System.Text.Json;
using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

namespace MedDevice.Hub.Core.Tests.Udi.Gs1.Vectors;

/// <summary>Reads the GS1 test vectors (tests/vectors/udi/gs1/*.jsonl, copied unedited), one id per line.</summary>
internal static class Gs1Vectors
{
    private static readonly Lazy<string> Directory = new(FindDirectory);

    /// <summary>Theory data of vector ids ("file.jsonl:line"), known-bad vectors left out.</summary>
    public static TheoryData<string> Ids(string file, Func<JsonElement, bool>? filter = null)
    {
        var data = new TheoryData<string>();
        foreach (var (id, json) in Lines(file))
        {
            if (!KnownBadVectors.Excluded.ContainsKey(id) && (filter is null || filter(json)))
            {
                data.Add(id);
            }
        }

        return data;
    }

    /// <summary>All (id, json) lines of a file.</summary>
    public static IEnumerable<(string Id, JsonElement Json)> Lines(string file)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(Path.Combine(Directory.Value, file)))
        {
            lineNumber++;
            if (line.Length > 0)
            {
                yield return ($"{file}:{lineNumber}", JsonDocument.Parse(line).RootElement.Clone());
            }
        }
    }

    /// <summary>The vector with id "file.jsonl:line".</summary>
    public static JsonElement Load(string id)
    {
        var colon = id.LastIndexOf(':');
        var file = id[..colon];
        var line = int.Parse(id[(colon + 1)..]);
        return JsonDocument.Parse(File.ReadLines(Path.Combine(Directory.Value, file)).ElementAt(line - 1)).RootElement.Clone();
    }

    /// <summary>A string property, or null when absent or JSON null.</summary>
    public static string? Str(this JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A boolean property (false when absent).</summary>
    public static bool Bool(this JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>The processing options the vector's "options" object asks for, starting from <paramref name="baseline"/>.</summary>
    public static Gs1ProcessingOptions Options(this JsonElement json, Gs1ProcessingOptions baseline)
    {
        if (!json.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Object)
        {
            return baseline;
        }

        return baseline with
        {
            PermitUnknownAis = options.Bool("PermitUnknownAIs") || baseline.PermitUnknownAis,
            PermitConvenienceAlphas = options.Bool("permitConvenienceAlphas"),
            PermitZeroSuppressedGtinInDigitalLink = options.Bool("PermitZeroSuppressedGTINinDLuris"),
            UnknownAiNotDigitalLinkAttribute = !options.TryGetProperty("validation.vUNKNOWN_AI_NOT_DL_ATTR", out var v) || v.ValueKind != JsonValueKind.False,
        };
    }

    private static string FindDirectory() => TestVectors.Path("udi", "gs1");
}
