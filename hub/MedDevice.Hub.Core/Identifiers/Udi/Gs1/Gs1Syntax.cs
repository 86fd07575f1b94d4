using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Linting;
using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1;

/// <summary>
/// GS1 data operations beyond UDI parsing (the ones GS1's reference implementation tests): conversions between
/// bracketed, element-string, Digital Link and scan forms, validation, and individual linters. A <c>|</c>
/// separates the linear and 2D composite parts of bracketed and element-string data.
/// </summary>
internal static class Gs1Syntax
{
    /// <summary><c>(01)…(10)…</c> to <c>^01…10…</c>.</summary>
    public static Gs1SyntaxResult BracketedToElementString(string bracketed, Gs1ProcessingOptions? options = null) =>
        PerPart(bracketed, options ?? Gs1ProcessingOptions.SyntaxOnly, Gs1Renderer.ElementString, requireBracketed: true);

    /// <summary><c>^01…</c> to <c>(01)…</c> (a literal '(' in data is written <c>\(</c>).</summary>
    public static Gs1SyntaxResult ElementStringToBracketed(string elementString, Gs1ProcessingOptions? options = null) =>
        PerPart(elementString, options ?? Gs1ProcessingOptions.SyntaxOnly, Gs1Renderer.Bracketed, requireBracketed: false);

    /// <summary>Checks a <c>^</c> element string (syntax and content, no association rules unless asked).</summary>
    public static Gs1SyntaxResult ValidateElementString(string elementString, Gs1ProcessingOptions? options = null) =>
        ElementStringToBracketed(elementString, options);

    /// <summary>Checks bracketed data with every rule, association rules included by default.</summary>
    public static Gs1SyntaxResult ValidateBracketed(string bracketed, Gs1ProcessingOptions? options = null) =>
        PerPart(bracketed, options ?? Gs1ProcessingOptions.Strict, Gs1Renderer.ElementString, requireBracketed: true);

    /// <summary>Lints bracketed data; <see cref="Gs1SyntaxResult.LinterName"/> names the first linter error.</summary>
    public static Gs1SyntaxResult LintBracketed(string bracketed) => BracketedToElementString(bracketed);

    /// <summary>Runs the linter named as in the syntax dictionary (e.g. <c>yymmd0</c>); null when the name is unknown.</summary>
    public static (string Gs1Name, string? Code, int Position, int Length)? Lint(string linterName, string data)
    {
        var linter = Gs1Linters.FromName(linterName);
        if (linter == Gs1Linter.None)
        {
            return null;
        }

        var result = Gs1Linters.Run(linter, data);
        return (Gs1LintErrorCatalog.Gs1Name(result.Error), Gs1LintErrorCatalog.Code(result.Error), result.Position, result.Length);
    }

    /// <summary>A GS1 Digital Link URI to a <c>^</c> element string.</summary>
    public static Gs1SyntaxResult DigitalLinkToElementString(string uri, Gs1ProcessingOptions? options = null) =>
        FromDigitalLink(uri, options, Gs1Renderer.ElementString);

    /// <summary>A GS1 Digital Link URI to bracketed data.</summary>
    public static Gs1SyntaxResult DigitalLinkToBracketed(string uri, Gs1ProcessingOptions? options = null) =>
        FromDigitalLink(uri, options, Gs1Renderer.Bracketed);

    /// <summary>Bracketed data to the canonical GS1 Digital Link URI on <paramref name="stem"/> (default id.gs1.org).</summary>
    public static Gs1SyntaxResult BracketedToDigitalLink(string bracketed, string? stem, Gs1ProcessingOptions? options = null)
    {
        options ??= Gs1ProcessingOptions.SyntaxOnly;
        var fields = new Gs1FieldBuffer();
        if (!bracketed.StartsWith('(') && !bracketed.StartsWith('{'))
        {
            return Gs1SyntaxResult.Failure(new Gs1Problem(Gs1ErrorCodes.BracketedSyntax, "Bracketed data expected.", 0));
        }

        string? uri = null;
        var problem = Gs1Processor.Process(bracketed, options, fields)
            ?? Gs1DigitalLinkWriter.Write(fields, stem, options, out uri);
        return problem is { } p ? Gs1SyntaxResult.Failure(p) : Gs1SyntaxResult.Success(uri!);
    }

    /// <summary>Percent-escapes a path element or query value.</summary>
    public static string UriEscape(string value, bool query) => Gs1UriEscaping.Escape(value, query);

    /// <summary>Reverses percent-escapes of a path element or query value.</summary>
    public static string UriUnescape(string value, bool query) => Gs1UriEscaping.Unescape(value, query);

    /// <summary>Human-readable lines <c>(01) 0950…</c> for bracketed data or a Digital Link URI.</summary>
    public static IReadOnlyList<string>? HriLines(string input, bool withTitles)
    {
        var lines = new List<string>();
        foreach (var part in Gs1DigitalLinkParser.LooksLikeUri(input, 0) ? [input] : input.Split('|'))
        {
            var fields = new Gs1FieldBuffer();
            if (Gs1Processor.Process(part, Gs1ProcessingOptions.SyntaxOnly, fields) is not null)
            {
                return null;
            }

            lines.AddRange(Gs1Renderer.HriLines(fields, withTitles));
        }

        return lines;
    }

    /// <summary>Scan data (AIM identifier + data) to a data string and the symbology name.</summary>
    public static (string Symbology, string DataString)? ScanToDataString(string scan) => Gs1ScanData.ToDataString(scan);

    /// <summary>A data string to scan data for <paramref name="symbology"/> (e.g. <c>DM</c>, <c>GS1_128_CCA</c>, <c>EAN13</c>).</summary>
    public static string? DataStringToScan(string symbology, string dataString, bool addCheckDigit = false) =>
        Gs1ScanData.FromDataString(symbology, dataString, addCheckDigit);

    /// <summary>True when the last digit is the GS1 mod-10 check digit of the others.</summary>
    public static bool HasValidCheckDigit(string digits) => Gs1CheckLinters.Csum(digits).IsOk;

    private static Gs1SyntaxResult FromDigitalLink(string uri, Gs1ProcessingOptions? options, Func<Gs1FieldBuffer, string> render)
    {
        if (!Gs1DigitalLinkParser.LooksLikeUri(uri, 0))
        {
            return Gs1SyntaxResult.Failure(new Gs1Problem(Gs1ErrorCodes.DigitalLinkSyntax, "Not a GS1 Digital Link URI.", 0));
        }

        var fields = new Gs1FieldBuffer();
        var problem = Gs1Processor.Process(uri, options ?? Gs1ProcessingOptions.SyntaxOnly, fields);
        return problem is { } p ? Gs1SyntaxResult.Failure(p) : Gs1SyntaxResult.Success(render(fields));
    }

    private static Gs1SyntaxResult PerPart(string input, Gs1ProcessingOptions options, Func<Gs1FieldBuffer, string> render, bool requireBracketed)
    {
        var output = new List<string>(2);
        foreach (var part in input.Split('|'))
        {
            if (requireBracketed ? !(part.StartsWith('(') || part.StartsWith('{')) : !part.StartsWith('^'))
            {
                var code = requireBracketed ? Gs1ErrorCodes.BracketedSyntax : Gs1ErrorCodes.MissingFnc1;
                return Gs1SyntaxResult.Failure(new Gs1Problem(code, "Unexpected start of data.", 0));
            }

            var fields = new Gs1FieldBuffer();
            var problem = Gs1Processor.Process(part, options, fields);
            if (problem is { } p)
            {
                return Gs1SyntaxResult.Failure(p);
            }

            output.Add(render(fields));
        }

        return Gs1SyntaxResult.Success(string.Join('|', output));
    }
}
