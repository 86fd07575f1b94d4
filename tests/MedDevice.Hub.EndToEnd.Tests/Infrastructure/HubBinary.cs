using System.Reflection;

namespace MedDevice.Hub.EndToEnd.Infrastructure;

/// <summary>
/// Where the built hub is: <c>hub/MedDevice.Hub/bin/&lt;Configuration&gt;/net10.0/MedDevice.Hub.dll</c>, stamped into
/// this assembly at build time (the project references the hub with <c>ReferenceOutputAssembly=false</c>, so it
/// is always built first, in the same configuration).
/// </summary>
public static class HubBinary
{
    /// <summary>The assembly metadata key holding the path.</summary>
    public const string MetadataKey = "MedDevice.Hub.Dll";

    /// <summary>The full path of <c>MedDevice.Hub.dll</c>; throws when it was not built.</summary>
    public static string Path
    {
        get
        {
            var configured = typeof(HubBinary).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => string.Equals(a.Key, MetadataKey, StringComparison.Ordinal))?.Value;
            return configured is not null && File.Exists(configured)
                ? configured
                : throw new FileNotFoundException($"MedDevice.Hub.dll not found at '{configured}': build the solution first (ops/test.sh does).");
        }
    }
}
