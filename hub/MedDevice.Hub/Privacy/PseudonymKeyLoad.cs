using MedDevice.Hub.Core.Privacy;

namespace MedDevice.Hub.Privacy;

/// <summary>The outcome of reading the pseudonym key: the key, or a message saying what to configure.</summary>
/// <param name="Key">The key, or null on error.</param>
/// <param name="IsDevelopmentKey">True when the published development key stands in for a missing one.</param>
/// <param name="Error">What is wrong with the configuration (never contains key material), or null.</param>
public sealed record PseudonymKeyLoad(PseudonymKey? Key, bool IsDevelopmentKey, string? Error);
