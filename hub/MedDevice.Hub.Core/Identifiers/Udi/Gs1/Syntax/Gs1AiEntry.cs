namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Syntax;

/// <summary>One application identifier as defined by the GS1 syntax dictionary.</summary>
internal sealed class Gs1AiEntry
{
    /// <summary>The AI digits.</summary>
    public required string Ai { get; init; }

    /// <summary>"*" flag: predefined length, no FNC1 separator after the value.</summary>
    public required bool PredefinedLength { get; init; }

    /// <summary>"?" flag: permitted as a GS1 Digital Link data attribute (query parameter).</summary>
    public required bool DigitalLinkAttribute { get; init; }

    /// <summary>The data format components in order.</summary>
    public required Gs1Component[] Components { get; init; }

    /// <summary>Shortest total value length.</summary>
    public required int MinLength { get; init; }

    /// <summary>Longest total value length.</summary>
    public required int MaxLength { get; init; }

    /// <summary>Each <c>req=</c> attribute: one of the alternatives (each a set of AIs that must all occur) is required.</summary>
    public required Gs1AiPattern[][][] Requires { get; init; }

    /// <summary>AIs that must not occur together with this one (<c>ex=</c>).</summary>
    public required Gs1AiPattern[] Excludes { get; init; }

    /// <summary>True when this AI is a GS1 Digital Link primary key.</summary>
    public required bool IsDigitalLinkKey { get; init; }

    /// <summary>The ordered key-qualifier sequences allowed after this primary key (may be empty).</summary>
    public required string[][] DigitalLinkQualifiers { get; init; }

    /// <summary>The short title (data title), e.g. <c>GTIN</c>.</summary>
    public required string Title { get; init; }

    /// <summary>True for an AI not in the dictionary, accepted only when unknown AIs are permitted.</summary>
    public bool IsUnknown { get; init; }

    /// <summary>True when an FNC1 separator must follow the value unless it ends the message.</summary>
    public bool NeedsSeparator => !PredefinedLength;

    /// <summary>Builds the placeholder entry used for AIs missing from the dictionary.</summary>
    public static Gs1AiEntry Unknown(string ai) => new()
    {
        Ai = ai,
        PredefinedLength = false,
        DigitalLinkAttribute = false,
        Components = [new Gs1Component('X', 1, 90, false, [])],
        MinLength = 1,
        MaxLength = 90,
        Requires = [],
        Excludes = [],
        IsDigitalLinkKey = false,
        DigitalLinkQualifiers = [],
        Title = "UNKNOWN",
        IsUnknown = true,
    };
}
