using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Linting;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

/// <summary>A coded problem found in GS1 data; <see cref="Lint"/> names the GS1 linter error when a linter found it.</summary>
internal readonly record struct Gs1Problem(string Code, string Message, int Position, Gs1LintError Lint = Gs1LintError.Ok)
{
    /// <summary>A linter error at <paramref name="position"/> in the input.</summary>
    public static Gs1Problem FromLint(Gs1LintError error, string ai, int position) =>
        new(Gs1LintErrorCatalog.Code(error) ?? Gs1ErrorCodes.Empty, $"AI ({ai}): {Gs1LintErrorCatalog.Message(error)}", position, error);

    /// <summary>The GS1 linter name, or null when the problem is structural.</summary>
    public string? LintName => Lint == Gs1LintError.Ok ? null : Gs1LintErrorCatalog.Gs1Name(Lint);

    /// <summary>Converts to the public issue type.</summary>
    public UdiIssue ToIssue() => new(Code, Message, Position);
}
