using MedDevice.Hub.Core.Customs;
using MedDevice.Sandbox.Data.Customs;

namespace MedDevice.Hub.Sandbox;

/// <summary>
/// What the customs simulator sends, in a cycle of eight: a valid declaration, an unregistered, a recalled and a
/// price-anomalous one, an amendment of the valid one (a line added), a malformed message (a different breakage each
/// cycle), another valid declaration and its cancellation. Pure: step <c>n</c> after sequence <c>s</c> is always the same.
/// </summary>
public static class CustomsSimulationPlan
{
    /// <summary>Steps per cycle.</summary>
    public const int CycleLength = 8;

    /// <summary>Lines of a declaration (an amendment adds one).</summary>
    public const int Lines = 3;

    private static readonly CustomsMalformation[] Malformations =
    [
        CustomsMalformation.SchemaViolation, CustomsMalformation.Tampered, CustomsMalformation.Truncated,
        CustomsMalformation.UnknownDocumentType, CustomsMalformation.EntityBomb,
    ];

    /// <summary>Step <paramref name="index"/> (0 or more) of a run whose first declaration has sequence <paramref name="firstSequence"/>.</summary>
    public static CustomsSimulationStep Step(long firstSequence, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstSequence);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var cycle = index / CycleLength;
        var start = firstSequence + ((long)cycle * CycleLength);
        var own = firstSequence + index;
        return (index % CycleLength) switch
        {
            0 => Declare(own, CustomsScenario.Valid),
            1 => Declare(own, CustomsScenario.Unregistered),
            2 => Declare(own, CustomsScenario.Recalled),
            3 => Declare(own, CustomsScenario.PriceAnomalous),
            4 => new CustomsSimulationStep(start, CustomsScenario.Valid, CustomsFunction.Amend, 1, Lines + 1, null),
            5 => Declare(own, CustomsScenario.Malformed) with { Malformation = Malformations[cycle % Malformations.Length] },
            6 => Declare(own, CustomsScenario.Valid),
            _ => new CustomsSimulationStep(start + 6, CustomsScenario.Valid, CustomsFunction.Cancel, 0, Lines, null),
        };
    }

    /// <summary>The declaration a step sends (before any breakage).</summary>
    public static CustomsDeclaration Declaration(CustomsDeclarationGenerator generator, CustomsSimulationStep step)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(step);
        var declaration = generator.Create(step.Sequence, step.Scenario, step.Lines);
        return step.Amendment == 0 ? declaration : declaration with { Number = CustomsDeclarationGenerator.Number(step.Sequence, step.Amendment) };
    }

    private static CustomsSimulationStep Declare(long sequence, CustomsScenario scenario) =>
        new(sequence, scenario, CustomsFunction.Declare, 0, Lines, null);
}
