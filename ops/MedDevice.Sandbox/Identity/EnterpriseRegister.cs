using System.Collections.Frozen;
using MedDevice.Sandbox.Data.Organizations;
using MedDevice.Sandbox.Hosting;

namespace MedDevice.Sandbox.Identity;

/// <summary>The synthetic enterprise register: the first N <see cref="SyntheticOrganizations"/>, indexed by tax code at start.</summary>
public sealed class EnterpriseRegister(IdentitySandboxOptions options)
{
    private readonly FrozenDictionary<string, SyntheticOrganization> _byTaxCode =
        SyntheticOrganizations.Take(Math.Max(0, options.Organizations)).ToFrozenDictionary(o => o.TaxCode, StringComparer.Ordinal);

    /// <summary>Organisations registered.</summary>
    public int Count => _byTaxCode.Count;

    /// <summary>The organisation holding a tax code (a branch code finds its parent), or null.</summary>
    public SyntheticOrganization? Find(string taxCode)
    {
        ArgumentNullException.ThrowIfNull(taxCode);
        var organisation = taxCode.Length > 10 && taxCode[10] == '-' ? taxCode[..10] : taxCode;
        return _byTaxCode.GetValueOrDefault(organisation);
    }
}
