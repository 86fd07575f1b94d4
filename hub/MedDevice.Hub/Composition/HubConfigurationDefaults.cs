using Microsoft.Extensions.Configuration.Memory;

namespace MedDevice.Hub.Composition;

/// <summary>
/// The hub's own <c>appsettings.json</c>, embedded in the assembly, as the lowest configuration layer: the content
/// root is the caller's folder (<c>dotnet run --project hub/MedDevice.Hub</c> from the repository root), where no
/// appsettings.json lies, and the defaults (framework log levels) would otherwise be lost. Every other source
/// (the content root's appsettings.json, environment variables, command line) overrides them.
/// </summary>
public static class HubConfigurationDefaults
{
    private const string ResourceName = "appsettings.json";

    /// <summary>The embedded settings as configuration key/value pairs.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> Load()
    {
        using var stream = typeof(HubConfigurationDefaults).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        // Read once into memory: a stream source cannot be loaded again when the host adds sources later.
        var root = new ConfigurationBuilder().AddJsonStream(stream).Build();
        try
        {
            return root.AsEnumerable().Where(pair => pair.Value is not null).ToList();
        }
        finally
        {
            (root as IDisposable)?.Dispose();
        }
    }

    /// <summary>Puts the defaults beneath every source the builder already has.</summary>
    public static void AddBeneath(IConfigurationBuilder configuration, IReadOnlyList<KeyValuePair<string, string?>> defaults)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = defaults });
    }
}
