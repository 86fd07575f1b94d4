using System.Reflection;

namespace MedDevice.Hub.Bench.Import;

/// <summary>Where the built <c>hubctl.dll</c> is (stamped at build time; the bench references the CLI without loading it).</summary>
public static class HubctlBinary
{
    /// <summary>The assembly metadata key holding the path.</summary>
    public const string MetadataKey = "MedDevice.Hub.Cli.Dll";

    /// <summary>The full path of <c>hubctl.dll</c>; throws when it was not built.</summary>
    public static string Path
    {
        get
        {
            var configured = typeof(HubctlBinary).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => string.Equals(a.Key, MetadataKey, StringComparison.Ordinal))?.Value;
            return configured is not null && File.Exists(configured)
                ? configured
                : throw new FileNotFoundException($"hubctl.dll not found at '{configured}': build ops/bench first (run.sh does).");
        }
    }
}
