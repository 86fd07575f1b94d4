using MedDevice.Hub.Core.Customs;

namespace MedDevice.Adapters.Customs.Reply;

/// <summary>The content of a result reply (<c>MedicalDeviceImportResult</c>).</summary>
/// <param name="DeclarationNumber">The ICN as received.</param>
/// <param name="HubMessageId">The hub message id the declaration was recorded under.</param>
/// <param name="Lane">The lane suggestion.</param>
/// <param name="CheckedAt">When the verdicts were reached.</param>
/// <param name="Lines">Per-line results in line order.</param>
public sealed record ImportResult(string DeclarationNumber, string HubMessageId, Verdict Lane, DateTimeOffset CheckedAt, IReadOnlyList<LineResult> Lines);
