using MedDevice.Hub.Core.Identifiers.Udi.Gs1;
using MedDevice.Hub.Core.Identifiers.Udi.Hibcc;
using MedDevice.Hub.Core.Identifiers.Udi.Iccbba;

namespace MedDevice.Hub.Core.Identifiers.Udi;

/// <summary>
/// The one entry point for UDI text: recognises the issuing agency from the first characters (after an
/// optional AIM symbology identifier) and hands the text to that agency's parser.
/// </summary>
public sealed class UdiParser
{
    private readonly UdiParserOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates a parser; the clock decides the GS1 century window and is never read elsewhere.</summary>
    public UdiParser(UdiParserOptions? options = null, TimeProvider? time = null)
    {
        _options = options ?? UdiParserOptions.Default;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Parses one UDI as scanned or typed.</summary>
    public UdiParseResult Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return UdiParseResult.Failure(null, UdiErrorCodes.Empty, "The UDI is empty.", 0);
        }

        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        return UdiIssuerDetector.Detect(text) switch
        {
            UdiIssuer.Gs1 => Gs1UdiParser.Parse(text, _options, today),
            UdiIssuer.Hibcc => HibccUdiParser.Parse(text, _options, today),
            UdiIssuer.Iccbba => IsbtUdiParser.Parse(text, _options, today),
            _ => UdiParseResult.Failure(null, UdiErrorCodes.UnknownIssuer, "The text is not a GS1, HIBCC or ISBT 128 UDI.", 0),
        };
    }
}
