namespace MedDevice.Hub.Core.Customs;

/// <summary>One coded finding on a line.</summary>
/// <param name="Code">Stable code from <see cref="CustomsReasonCodes"/>.</param>
/// <param name="Verdict">The verdict this finding alone calls for.</param>
/// <param name="Text">Explanation for the customs officer (never contains personal data).</param>
/// <param name="UdiPosition">1-based position of the UDI in the line it concerns; null for the whole line.</param>
/// <param name="Detail">The underlying code (parser or register), e.g. <c>UDI-GS1-007</c>, <c>MST-002</c>.</param>
public sealed record VerdictReason(string Code, Verdict Verdict, string Text, int? UdiPosition = null, string? Detail = null);
