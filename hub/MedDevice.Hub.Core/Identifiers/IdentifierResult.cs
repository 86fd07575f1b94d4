namespace MedDevice.Hub.Core.Identifiers;

/// <summary>
/// The outcome of parsing one identifier: the parsed value (null when it could not be understood) next to
/// its errors and warnings. <see cref="Ok"/> is true when there are no errors.
/// </summary>
/// <typeparam name="T">The parsed identifier type.</typeparam>
public sealed class IdentifierResult<T>
    where T : class
{
    private static readonly IReadOnlyList<IdentifierIssue> NoIssues = Array.Empty<IdentifierIssue>();

    private IdentifierResult(T? value, IReadOnlyList<IdentifierIssue> errors, IReadOnlyList<IdentifierIssue> warnings)
    {
        Value = value;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The parsed value; may be present on a failed result when the shape was recognised (partial result).</summary>
    public T? Value { get; }

    /// <summary>Errors: any error makes the result not <see cref="Ok"/>.</summary>
    public IReadOnlyList<IdentifierIssue> Errors { get; }

    /// <summary>Observations that do not invalidate the value.</summary>
    public IReadOnlyList<IdentifierIssue> Warnings { get; }

    /// <summary>True when the value parsed without errors.</summary>
    public bool Ok => Errors.Count == 0 && Value is not null;

    /// <summary>A valid value, optionally with warnings.</summary>
    internal static IdentifierResult<T> Success(T value, IReadOnlyList<IdentifierIssue>? warnings = null) =>
        new(value, NoIssues, warnings ?? NoIssues);

    /// <summary>A failed result with one or more errors and an optional partial value.</summary>
    internal static IdentifierResult<T> Failure(IReadOnlyList<IdentifierIssue> errors, T? partial = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failure needs at least one error.", nameof(errors));
        }

        return new(partial, errors, NoIssues);
    }

    /// <summary>A failed result with one error.</summary>
    internal static IdentifierResult<T> Failure(string code, string message, int position = 0, T? partial = null) =>
        Failure([new IdentifierIssue(code, message, position)], partial);
}
