using Hl7.Fhir.Model;

namespace MedDevice.Schemas.Tests.Infrastructure;

/// <summary>The files under test: schemas/fhir/*.json and Samples/*.json, copied beside the test assembly.</summary>
public static class ConformanceFiles
{
    /// <summary>The canonical base of every URL the hub defines (the host may rewrite it with a string replace).</summary>
    public const string CanonicalBase = "https://fhir.meddevice.gov.vn";

    /// <summary>Where the copies of schemas/fhir/*.json are.</summary>
    public static string SchemaDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "schemas", "fhir");

    /// <summary>Where the sample Devices are.</summary>
    public static string SampleDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Samples");

    private static readonly Lazy<IReadOnlyList<ConformanceFile>> Loaded = new(() =>
        Directory.GetFiles(SchemaDirectory, "*.json").Order(StringComparer.Ordinal)
            .Select(path => new ConformanceFile(Path.GetFileName(path), FhirJson.Parse(path)))
            .ToList());

    /// <summary>Every conformance resource, parsed.</summary>
    public static IReadOnlyList<ConformanceFile> All => Loaded.Value;

    /// <summary>The file names, for theories.</summary>
    public static TheoryData<string> FileNames()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(SchemaDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    /// <summary>All conformance resources of one type.</summary>
    public static IReadOnlyList<T> OfType<T>()
        where T : Resource => All.Select(f => f.Resource).OfType<T>().ToList();

    /// <summary>The conformance resource with this canonical URL.</summary>
    public static T ByUrl<T>(string url)
        where T : Resource, IConformanceResource =>
        OfType<T>().SingleOrDefault(r => r.Url == url) ?? throw new InvalidDataException($"No {typeof(T).Name} with url {url} in schemas/fhir.");

    /// <summary>A hub canonical URL: {base}/{type}/{id}.</summary>
    public static string Canonical(string type, string? id) => $"{CanonicalBase}/{type}/{id}";

    /// <summary>Parses one sample Device.</summary>
    public static Device Sample(string fileName) => (Device)FhirJson.Parse(Path.Combine(SampleDirectory, fileName));
}
