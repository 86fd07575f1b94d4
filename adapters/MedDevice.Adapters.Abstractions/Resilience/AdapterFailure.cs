namespace MedDevice.Adapters.Resilience;

/// <summary>A partner call without an answer, as data.</summary>
/// <param name="Code">An <see cref="AdapterFailureCodes"/> constant.</param>
/// <param name="Kind">Unavailable (ask later) or rejected (the request is wrong).</param>
/// <param name="Message">Explanation without personal data.</param>
/// <param name="Attempts">Attempts made (0 when nothing was sent).</param>
public sealed record AdapterFailure(string Code, AdapterFailureKind Kind, string Message, int Attempts = 0);
