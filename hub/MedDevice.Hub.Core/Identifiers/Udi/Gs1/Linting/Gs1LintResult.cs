namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Linting;

/// <summary>The outcome of one linter: OK, or an error with the offending span inside the linted data.</summary>
internal readonly record struct Gs1LintResult(Gs1LintError Error, int Position, int Length)
{
    /// <summary>The successful result.</summary>
    public static readonly Gs1LintResult Ok = new(Gs1LintError.Ok, 0, 0);

    /// <summary>True when no error was found.</summary>
    public bool IsOk => Error == Gs1LintError.Ok;

    /// <summary>Moves the error span by <paramref name="offset"/> characters (for linting a part of the data).</summary>
    public Gs1LintResult Shift(int offset) => IsOk ? this : this with { Position = Position + offset };

    /// <summary>Reports <paramref name="error"/> over the whole of data of length <paramref name="length"/>.</summary>
    public static Gs1LintResult Whole(Gs1LintError error, int length) => new(error, 0, length);
}
