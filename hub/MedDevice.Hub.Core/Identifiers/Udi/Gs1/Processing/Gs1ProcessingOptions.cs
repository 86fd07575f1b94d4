namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Processing;

/// <summary>Switches that change how GS1 data is accepted (defaults: strict, as GS1 requires).</summary>
internal sealed record Gs1ProcessingOptions
{
    /// <summary>Strict processing with association rules, as used for UDIs.</summary>
    public static readonly Gs1ProcessingOptions Strict = new();

    /// <summary>Lenient processing: wrong check digits become warnings.</summary>
    public static readonly Gs1ProcessingOptions Lenient = new() { LenientCheckDigits = true };

    /// <summary>Syntax and content only, no association rules (the GS1 "parse"/"process" operations).</summary>
    public static readonly Gs1ProcessingOptions SyntaxOnly = new() { ValidateAssociations = false };

    /// <summary>Accept AIs missing from the dictionary (bracketed input only, value X..90).</summary>
    public bool PermitUnknownAis { get; init; }

    /// <summary>Report a wrong check digit (csum) as a warning instead of an error.</summary>
    public bool LenientCheckDigits { get; init; }

    /// <summary>Apply repeat, <c>ex=</c>, <c>req=</c> and digital-signature rules.</summary>
    public bool ValidateAssociations { get; init; } = true;

    /// <summary>When generating Digital Link URIs, refuse unknown AIs as query attributes.</summary>
    public bool UnknownAiNotDigitalLinkAttribute { get; init; } = true;

    /// <summary>Accept GTIN-8/12/13 in Digital Link URIs and pad them to GTIN-14.</summary>
    public bool PermitZeroSuppressedGtinInDigitalLink { get; init; }

    /// <summary>Accept deprecated Digital Link convenience alphas such as <c>/gtin/</c>.</summary>
    public bool PermitConvenienceAlphas { get; init; }

    /// <summary>Accept element strings without a leading FNC1 (typed text).</summary>
    public bool AllowMissingLeadingFnc1 { get; init; }
}
