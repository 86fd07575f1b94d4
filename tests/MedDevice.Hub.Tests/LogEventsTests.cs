using System.Reflection;
using Microsoft.Extensions.Logging;

namespace MedDevice.Hub.Tests;

/// <summary>
/// Every <c>[LoggerMessage]</c> of the solution's products (the assemblies beside this test: MedDevice.* and hubctl,
/// test assemblies excluded) has its own positive event id, and each project's ids form a range no other project's
/// ids fall into (the ranges are listed in each project's <c>LogEvents</c> class).
/// </summary>
public sealed class LogEventsTests
{
    private static readonly Lazy<IReadOnlyList<LogMethod>> Methods = new(Discover);

    [Fact]
    public void Discover_SolutionAssemblies_FindsEveryProjectThatLogs()
    {
        var assemblies = Methods.Value.Select(method => method.Assembly).ToHashSet(StringComparer.Ordinal);

        new[] { "MedDevice.Hub", "MedDevice.Adapters.Identity" }.ShouldBeSubsetOf(assemblies);
        new[]
        {
            "MedDevice.Hub", "MedDevice.Hub.Core", "MedDevice.Hub.Storage", "MedDevice.Mappings", "MedDevice.Adapters.Abstractions",
            "MedDevice.Adapters.Customs", "MedDevice.Adapters.Identity", "MedDevice.Sandbox", "MedDevice.Sandbox.Data",
            "MedDevice.Schemas.Identity", "hubctl",
        }.ShouldBeSubsetOf(ScannedAssemblyNames());
    }

    [Fact]
    public void EventIds_AcrossTheSolution_AreUnique()
    {
        var duplicates = Methods.Value
            .GroupBy(method => method.EventId)
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(method => method.Name))}")
            .ToList();

        duplicates.ShouldBeEmpty($"event ids used by more than one [LoggerMessage]:{Environment.NewLine}{string.Join(Environment.NewLine, duplicates)}");
    }

    [Fact]
    public void EventIds_AcrossTheSolution_AreSet()
    {
        var unset = Methods.Value.Where(method => method.EventId <= 0).Select(method => $"{method.Name} ({method.EventId})").ToList();

        unset.ShouldBeEmpty($"[LoggerMessage] without a positive EventId (use LogEvents):{Environment.NewLine}{string.Join(Environment.NewLine, unset)}");
    }

    [Fact]
    public void EventIds_OfOneProject_DoNotFallIntoAnotherProjectsRange()
    {
        var ranges = Methods.Value
            .GroupBy(method => method.Assembly, StringComparer.Ordinal)
            .Select(group => (Assembly: group.Key, Min: group.Min(method => method.EventId), Max: group.Max(method => method.EventId)))
            .ToList();

        var overlaps = (from a in ranges
                        from b in ranges
                        where string.CompareOrdinal(a.Assembly, b.Assembly) < 0 && a.Min <= b.Max && b.Min <= a.Max
                        select $"{a.Assembly} {a.Min}–{a.Max} overlaps {b.Assembly} {b.Min}–{b.Max}").ToList();

        overlaps.ShouldBeEmpty(string.Join(Environment.NewLine, overlaps));
    }

    private static IEnumerable<string> ScannedAssemblyNames() => SolutionAssemblies().Select(assembly => assembly.GetName().Name!);

    private static List<LogMethod> Discover() =>
        (from assembly in SolutionAssemblies()
         from type in assembly.GetTypes()
         from method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
         let attribute = method.GetCustomAttribute<LoggerMessageAttribute>()
         where attribute is not null
         select new LogMethod(assembly.GetName().Name!, $"{type.FullName}.{method.Name}", attribute.EventId)).ToList();

    /// <summary>Loads the products from this test's output folder: project references copy them here, used or not.</summary>
    private static IEnumerable<Assembly> SolutionAssemblies() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(path => IsProduct(Path.GetFileNameWithoutExtension(path)))
            .Order(StringComparer.Ordinal)
            .Select(path => Assembly.Load(AssemblyName.GetAssemblyName(path)));

    private static bool IsProduct(string name) =>
        (name.StartsWith("MedDevice.", StringComparison.Ordinal) || name == "hubctl")
        && !name.EndsWith(".Tests", StringComparison.Ordinal) && !name.EndsWith(".Testing", StringComparison.Ordinal);

    private sealed record LogMethod(string Assembly, string Name, int EventId);
}
