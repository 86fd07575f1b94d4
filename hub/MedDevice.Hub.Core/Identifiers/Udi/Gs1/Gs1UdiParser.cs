using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1;

/// <summary>
/// Parses a GS1 UDI in any form (element string with GS or <c>^</c>, behind an AIM identifier or not; bracketed
/// <c>(01)…</c> or <c>{01}…</c>; GS1 Digital Link URI) into the common UDI result.
/// </summary>
internal static class Gs1UdiParser
{
    private static readonly Gs1ProcessingOptions StrictOptions = new() { AllowMissingLeadingFnc1 = true };

    private static readonly Gs1ProcessingOptions LenientOptions = new() { AllowMissingLeadingFnc1 = true, LenientCheckDigits = true };

    /// <summary>Parses <paramref name="text"/>; <paramref name="today"/> decides the century of two-digit years.</summary>
    public static UdiParseResult Parse(string text, UdiParserOptions options, DateOnly today)
    {
        var fields = Gs1FieldBuffer.Rent();
        try
        {
            var processing = options.Lenient ? LenientOptions : StrictOptions;
            var problem = Gs1Processor.Process(text, processing, fields);
            return problem is { } p ? Failed(p, fields) : Succeeded(fields, options, processing, today);
        }
        finally
        {
            Gs1FieldBuffer.Return(fields);
        }
    }

    private static UdiParseResult Succeeded(Gs1FieldBuffer fields, UdiParserOptions options, Gs1ProcessingOptions processing, DateOnly today)
    {
        var elements = new UdiElement[fields.Count];
        string? di = null, lot = null, serial = null, expiry = null, made = null;
        int expiryAt = 0, madeAt = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            ref readonly var field = ref fields[i];
            elements[i] = new UdiElement(field.Ai, field.Value);
            switch (field.Ai)
            {
                case "01": di ??= field.Value; break;
                case "10": lot ??= field.Value; break;
                case "21": serial ??= field.Value; break;
                case "17": expiry ??= field.Value; expiryAt = field.Position; break;
                case "11": made ??= field.Value; madeAt = field.Position; break;
            }
        }

        var expiryDate = expiry is null ? null : Gs1Dates.FromYymmdd(expiry, today);
        var madeDate = made is null ? null : Gs1Dates.FromYymmdd(made, today);
        if ((expiry is not null && expiryDate is null) || (made is not null && madeDate is null))
        {
            var at = expiry is not null && expiryDate is null ? expiryAt : madeAt;
            return Failed(new Gs1Problem(Gs1ErrorCodes.InvalidDate, "The date does not exist in the resolved century.", at), fields);
        }

        string? digitalLink = null;
        if (Gs1DigitalLinkWriter.HasPrimaryKey(fields))
        {
            Gs1DigitalLinkWriter.Write(fields, options.DigitalLinkHost, processing, out digitalLink);
        }

        return new UdiParseResult
        {
            Issuer = UdiIssuer.Gs1,
            Di = di,
            Lot = lot,
            Serial = serial,
            Expiry = expiryDate,
            Manufactured = madeDate,
            Elements = elements,
            Hri = Gs1Renderer.Bracketed(fields),
            ElementString = Gs1Renderer.ElementString(fields),
            DigitalLink = digitalLink,
            Warnings = Warnings(fields),
        };
    }

    private static UdiParseResult Failed(Gs1Problem problem, Gs1FieldBuffer fields) => new()
    {
        Issuer = UdiIssuer.Gs1,
        Errors = [problem.ToIssue()],
        Warnings = Warnings(fields),
    };

    private static UdiIssue[] Warnings(Gs1FieldBuffer fields) =>
        fields.Warnings.Count == 0 ? [] : [.. fields.Warnings.Select(w => w.ToIssue())];
}
