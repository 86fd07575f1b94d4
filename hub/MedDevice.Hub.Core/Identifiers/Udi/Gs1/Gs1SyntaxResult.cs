using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1;

/// <summary>The outcome of one <see cref="Gs1Syntax"/> operation: a value, or the problem that prevented it.</summary>
internal sealed record Gs1SyntaxResult(string? Value, Gs1Problem? Problem)
{
    /// <summary>True when the operation succeeded.</summary>
    public bool Ok => Problem is null;

    /// <summary>The GS1 linter name of the problem (e.g. <c>GS1_LINTER_NOT_ISO3166</c>), <c>GS1_LINTER_OK</c> on success, or null for structural problems.</summary>
    public string? LinterName => Problem is { } p ? p.LintName : "GS1_LINTER_OK";

    /// <summary>A success.</summary>
    public static Gs1SyntaxResult Success(string value) => new(value, null);

    /// <summary>A failure.</summary>
    public static Gs1SyntaxResult Failure(Gs1Problem problem) => new(null, problem);
}
