using System.Text.RegularExpressions;

namespace MedDevice.Adapters.Description;

/// <summary>
/// What an adapter is: its <see cref="Name"/> (also its configuration section <c>Hub:Adapters:&lt;Name&gt;</c>),
/// the partner role it speaks to, and its version. One static instance per adapter.
/// </summary>
/// <param name="Name">PascalCase, letters and digits, e.g. <c>Identity</c>, <c>Customs</c>.</param>
/// <param name="PartnerRole">The partner role, lower case, e.g. <c>identity-provider</c>, <c>customs</c>.</param>
/// <param name="Version">Semantic version of the adapter, e.g. <c>1.0.0</c>.</param>
/// <param name="Contract">The published contract it implements, e.g. <c>schemas/identity/identity.proto (meddevice.identity.v1)</c>.</param>
public sealed partial record AdapterDescriptor(string Name, string PartnerRole, string Version, string Contract)
{
    /// <summary>Prefix of every adapter's configuration section.</summary>
    public const string SectionPrefix = "Hub:Adapters:";

    /// <summary>The configuration section, <c>Hub:Adapters:&lt;Name&gt;</c>.</summary>
    public string SectionName => SectionPrefix + Name;

    /// <summary>The health check name, <c>adapter:&lt;name in lower case&gt;</c>.</summary>
    public string HealthCheckName => "adapter:" + Name.ToLowerInvariant();

    /// <summary>The reasons the descriptor is malformed; empty when it is well formed.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!NamePattern().IsMatch(Name ?? ""))
        {
            problems.Add("Name must be PascalCase letters and digits (it names the configuration section).");
        }

        if (!RolePattern().IsMatch(PartnerRole ?? ""))
        {
            problems.Add("PartnerRole must be lower case letters, digits and '-'.");
        }

        if (!VersionPattern().IsMatch(Version ?? ""))
        {
            problems.Add("Version must be a semantic version (major.minor.patch).");
        }

        if (string.IsNullOrWhiteSpace(Contract))
        {
            problems.Add("Contract must name the published contract the adapter implements.");
        }

        return problems;
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]{1,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex RolePattern();

    [GeneratedRegex(@"^\d+\.\d+\.\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
