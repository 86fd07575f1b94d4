using MedDevice.Hub.Core.Identifiers;
using MedDevice.Hub.Core.Identifiers.Registration;
using MedDevice.Hub.Core.Identifiers.Udi;

namespace MedDevice.Hub.Core.Customs;

/// <summary>A declaration with every identifier parsed once: the UDIs and registration number of each line.</summary>
/// <param name="Declaration">The declaration.</param>
/// <param name="Udis">Per line (same order), the parse result of each UDI.</param>
/// <param name="Registrations">Per line, the parsed registration number.</param>
public sealed record ParsedDeclaration(
    CustomsDeclaration Declaration,
    IReadOnlyList<IReadOnlyList<UdiParseResult>> Udis,
    IReadOnlyList<IdentifierResult<RegistrationNumber>> Registrations)
{
    /// <summary>Parses every identifier of the declaration.</summary>
    public static ParsedDeclaration Parse(CustomsDeclaration declaration, UdiParser parser)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(parser);
        return new ParsedDeclaration(
            declaration,
            declaration.Lines.Select(l => (IReadOnlyList<UdiParseResult>)l.Udis.Select(parser.Parse).ToList()).ToList(),
            declaration.Lines.Select(l => RegistrationNumberParser.Parse(l.RegistrationNumber)).ToList());
    }

    /// <summary>Every UDI-DI key of the declaration (parsed UDIs only).</summary>
    public IReadOnlyList<string> UdiDiKeys() =>
        Udis.SelectMany(u => u).Select(UdiIssuerNamingSystems.KeyOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Every canonical registration number of the declaration (valid ones only).</summary>
    public IReadOnlyList<string> RegistrationNumbers() =>
        Registrations.Where(r => r.Ok).Select(r => r.Value!.Canonical).Distinct(StringComparer.Ordinal).ToList();
}
