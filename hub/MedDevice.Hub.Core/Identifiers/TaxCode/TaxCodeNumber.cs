using MedDevice.Hub.Core.Identifiers.PersonalId;

namespace MedDevice.Hub.Core.Identifiers.TaxCode;

/// <summary>
/// A parsed tax code (mã số thuế). A personal (12-digit) tax code is a personal identification number, so
/// <see cref="Display"/> and <see cref="ToString"/> mask it.
/// </summary>
public sealed class TaxCodeNumber
{
    internal TaxCodeNumber(string canonical, TaxCodeKind kind, string? organisation, int? branchNumber, PersonalIdNumber? personalId)
    {
        Canonical = canonical;
        Kind = kind;
        Organisation = organisation;
        BranchNumber = branchNumber;
        PersonalId = personalId;
    }

    /// <summary>Canonical form: <c>0100109106</c>, <c>0100109106-001</c> or the 12 digits (personal; do not display).</summary>
    public string Canonical { get; }

    /// <summary>What the code is.</summary>
    public TaxCodeKind Kind { get; }

    /// <summary>The 10-digit code of the organisation (the code itself, or the parent of a branch); null for personal codes.</summary>
    public string? Organisation { get; }

    /// <summary>The branch number 1–999; null unless <see cref="Kind"/> is <see cref="TaxCodeKind.Branch"/>.</summary>
    public int? BranchNumber { get; }

    /// <summary>The personal identification number behind a 12-digit code.</summary>
    public PersonalIdNumber? PersonalId { get; }

    /// <summary>Safe display form: the canonical form, masked for personal codes.</summary>
    public string Display => PersonalId?.Masked ?? Canonical;

    /// <summary>The safe display form.</summary>
    public override string ToString() => Display;
}
