namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

/// <summary>
/// Reads GS1 data in any of its forms (element string behind an optional AIM symbology identifier, bracketed
/// HRI, GS1 Digital Link URI) into fields, then validates values and, if asked, association rules.
/// </summary>
internal static class Gs1Processor
{
    /// <summary>Reads and validates <paramref name="text"/> into <paramref name="fields"/>.</summary>
    public static Gs1Problem? Process(string text, Gs1ProcessingOptions options, Gs1FieldBuffer fields)
    {
        var problem = Read(text, options, fields)
            ?? Gs1ValueValidator.ValidateAll(fields, options.LenientCheckDigits);
        if (problem is null && options.ValidateAssociations)
        {
            problem = Gs1AssociationValidator.Validate(fields);
        }

        return problem;
    }

    /// <summary>Splits <paramref name="text"/> into fields without validating the values.</summary>
    public static Gs1Problem? Read(string text, Gs1ProcessingOptions options, Gs1FieldBuffer fields)
    {
        var start = 0;
        var gs1Aim = false;
        var plainAim = false;
        if (text.Length > 0 && text[0] == ']')
        {
            if (text.Length < 3)
            {
                return new Gs1Problem(Gs1ErrorCodes.UnsupportedSymbologyIdentifier, "Incomplete symbology identifier.", 0);
            }

            var id = text.AsSpan(1, 2);
            gs1Aim = id is "d2" or "C1" or "Q3" or "e0" or "J1";
            plainAim = id is "d1" or "Q1" or "J0";
            if (!gs1Aim && !plainAim)
            {
                return new Gs1Problem(Gs1ErrorCodes.UnsupportedSymbologyIdentifier, "Unsupported symbology identifier.", 0);
            }

            start = 3;
        }

        if (start >= text.Length)
        {
            return new Gs1Problem(Gs1ErrorCodes.Empty, "No GS1 data.", start);
        }

        if (!gs1Aim)
        {
            if (Gs1DigitalLinkParser.LooksLikeUri(text, start))
            {
                return Gs1DigitalLinkParser.Parse(text, start, fields, options);
            }

            if (text[start] is '(' or '{')
            {
                return Gs1BracketedParser.Parse(text, start, fields, options.PermitUnknownAis);
            }

            if (plainAim)
            {
                return new Gs1Problem(Gs1ErrorCodes.NotGs1Data, "The symbology identifier announces non-GS1 data.", 0);
            }
        }

        if (Gs1ElementStringParser.IsFnc1(text[start]))
        {
            start++;
        }
        else if (!gs1Aim && !options.AllowMissingLeadingFnc1)
        {
            return new Gs1Problem(Gs1ErrorCodes.MissingFnc1, "GS1 element strings begin with FNC1.", start);
        }

        return Gs1ElementStringParser.Parse(text, start, fields, options.PermitUnknownAis);
    }
}
