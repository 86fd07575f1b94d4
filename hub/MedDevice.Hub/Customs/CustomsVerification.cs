using MedDevice.Hub.Core.Customs;

namespace MedDevice.Hub.Customs;

/// <summary>The verdicts on a declaration with the facts they were reached from.</summary>
/// <param name="Parsed">The declaration with its identifiers parsed.</param>
/// <param name="Facts">Per line, what was known.</param>
/// <param name="Verdicts">Per line, the verdict.</param>
/// <param name="Importer">The importer's tax code and status.</param>
/// <param name="Lane">The lane suggestion.</param>
/// <param name="CheckedAt">When the verdicts were reached.</param>
public sealed record CustomsVerification(
    ParsedDeclaration Parsed,
    IReadOnlyList<LineFacts> Facts,
    IReadOnlyList<LineVerdict> Verdicts,
    ImporterFacts Importer,
    Verdict Lane,
    DateTimeOffset CheckedAt);
