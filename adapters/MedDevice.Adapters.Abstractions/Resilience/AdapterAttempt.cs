namespace MedDevice.Adapters.Resilience;

/// <summary>One attempt of a partner call.</summary>
/// <param name="Number">1 for the first attempt.</param>
/// <param name="Deadline">When this attempt must have its answer: the earlier of the call timeout and the budget's end.</param>
public readonly record struct AdapterAttempt(int Number, DateTimeOffset Deadline);
