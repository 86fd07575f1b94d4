namespace MedDevice.Adapters.Resilience;

/// <summary>The outcome of a partner call: the answer, or a failure saying why there is none.</summary>
/// <typeparam name="T">The answer type.</typeparam>
public sealed class AdapterResult<T>
    where T : class
{
    /// <summary>A successful result.</summary>
    public AdapterResult(T value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>A failed result.</summary>
    public AdapterResult(AdapterFailure failure) => Failure = failure ?? throw new ArgumentNullException(nameof(failure));

    /// <summary>The answer, or null on failure.</summary>
    public T? Value { get; }

    /// <summary>Why there is no answer, or null on success.</summary>
    public AdapterFailure? Failure { get; }

    /// <summary>True when there is an answer.</summary>
    public bool Ok => Value is not null;
}
