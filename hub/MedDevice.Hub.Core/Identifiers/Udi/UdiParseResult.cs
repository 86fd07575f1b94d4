namespace MedDevice.Hub.Core.Identifiers.Udi;

/// <summary>
/// The outcome of parsing one scanned or typed UDI: the partial result next to its list of issues.
/// <see cref="Ok"/> is true when there are no errors (warnings are allowed, e.g. a wrong check character
/// accepted in lenient mode).
/// </summary>
public sealed class UdiParseResult
{
    private static readonly IReadOnlyList<UdiIssue> NoIssues = Array.Empty<UdiIssue>();

    /// <summary>The issuing agency, when it could be recognised.</summary>
    public UdiIssuer? Issuer { get; init; }

    /// <summary>
    /// The device identifier: GS1 GTIN-14 (AI 01); HIBCC labeler + product + unit of measure
    /// (no '+', no check character); ICCBBA the 16-character product code (<c>=/</c>).
    /// </summary>
    public string? Di { get; init; }

    /// <summary>Lot or batch number.</summary>
    public string? Lot { get; init; }

    /// <summary>Serial number.</summary>
    public string? Serial { get; init; }

    /// <summary>Expiry date.</summary>
    public DateOnly? Expiry { get; init; }

    /// <summary>Manufacture (production) date.</summary>
    public DateOnly? Manufactured { get; init; }

    /// <summary>All elements in input order.</summary>
    public IReadOnlyList<UdiElement> Elements { get; init; } = Array.Empty<UdiElement>();

    /// <summary>Normalised human-readable form (GS1 bracketed HRI; HIBCC/ICCBBA data as printed).</summary>
    public string? Hri { get; init; }

    /// <summary>GS1 only: the element string with FNC1 in first position written as <c>^</c> and GS separators as <c>^</c>.</summary>
    public string? ElementString { get; init; }

    /// <summary>GS1 only: the GS1 Digital Link URI on the configured host, when the AIs allow one.</summary>
    public string? DigitalLink { get; init; }

    /// <summary>Errors: any error makes the result not <see cref="Ok"/>.</summary>
    public IReadOnlyList<UdiIssue> Errors { get; init; } = NoIssues;

    /// <summary>Warnings accepted in lenient mode.</summary>
    public IReadOnlyList<UdiIssue> Warnings { get; init; } = NoIssues;

    /// <summary>True when the UDI parsed without errors.</summary>
    public bool Ok => Errors.Count == 0;

    /// <summary>Builds a failed result with one error.</summary>
    public static UdiParseResult Failure(UdiIssuer? issuer, string code, string message, int position) =>
        new() { Issuer = issuer, Errors = [new UdiIssue(code, message, position)] };
}
