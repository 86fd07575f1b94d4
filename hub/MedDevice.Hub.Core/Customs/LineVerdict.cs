namespace MedDevice.Hub.Core.Customs;

/// <summary>The verdict on one goods line with its reasons and, when prices were compared, the deviation.</summary>
/// <param name="LineNumber">The line's <c>STT</c>.</param>
/// <param name="Verdict">The worst verdict among the reasons; green when there are none.</param>
/// <param name="Reasons">Every finding, in check order.</param>
/// <param name="Price">The price comparison, when a reference price was found and the currency could be converted.</param>
public sealed record LineVerdict(int LineNumber, Verdict Verdict, IReadOnlyList<VerdictReason> Reasons, PriceComparison? Price);
