using MedDevice.Hub.Core.Identifiers.Udi.Gs1.Linting;

namespace MedDevice.Hub.Core.Identifiers.Udi.Gs1.Syntax;

/// <summary>One component of an AI's data format, e.g. <c>N6,yymmd0</c> or <c>[X..17]</c>.</summary>
/// <param name="Type">N (numeric), X (CSET 82), Y (CSET 39) or Z (CSET 64).</param>
/// <param name="MinLength">Shortest length.</param>
/// <param name="MaxLength">Longest length (equal to <paramref name="MinLength"/> for fixed components).</param>
/// <param name="Optional">True for components written in brackets.</param>
/// <param name="Linters">Linters to run after the character-set check.</param>
internal sealed record Gs1Component(char Type, int MinLength, int MaxLength, bool Optional, Gs1Linter[] Linters)
{
    /// <summary>True when the length is fixed.</summary>
    public bool IsFixed => MinLength == MaxLength;

    /// <summary>The character-set linter implied by <see cref="Type"/>.</summary>
    public Gs1Linter CharsetLinter => Type switch
    {
        'N' => Gs1Linter.CsetNumeric,
        'Y' => Gs1Linter.Cset39,
        'Z' => Gs1Linter.Cset64,
        _ => Gs1Linter.Cset82,
    };
}
