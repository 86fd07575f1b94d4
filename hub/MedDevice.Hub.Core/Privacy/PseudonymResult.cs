namespace MedDevice.Hub.Core.Privacy;

/// <summary>
/// The stored forms of one personal value: the keyed <see cref="Pseudonym"/> (for matching) and the
/// <see cref="Masked"/> display form; or, when the value is not of the expected shape, an <see cref="ErrorCode"/>.
/// </summary>
/// <param name="Pseudonym"><c>psn:{keyId}:{64 lowercase hex}</c>, or null on error.</param>
/// <param name="Masked">The display form, e.g. <c>001*******45</c>, or null on error.</param>
/// <param name="ErrorCode">A <see cref="PrivacyErrorCodes"/> constant, or null when ok.</param>
public sealed record PseudonymResult(string? Pseudonym, string? Masked, string? ErrorCode)
{
    /// <summary>True when the value was pseudonymised.</summary>
    public bool Ok => ErrorCode is null;

    internal static PseudonymResult Fail(string code) => new(null, null, code);
}
