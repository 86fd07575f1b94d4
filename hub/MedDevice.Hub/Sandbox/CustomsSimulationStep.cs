using MedDevice.Hub.Core.Customs;
using MedDevice.Sandbox.Data.Customs;

namespace MedDevice.Hub.Sandbox;

/// <summary>One message the customs simulator sends.</summary>
/// <param name="Sequence">The declaration's sequence (its ICN without the amendment digit).</param>
/// <param name="Scenario">What the declaration exercises.</param>
/// <param name="Function">Declare, amend or cancel.</param>
/// <param name="Amendment">The ICN amendment digit.</param>
/// <param name="Lines">How many lines the declaration has.</param>
/// <param name="Malformation">How the signed message is broken, for <see cref="CustomsScenario.Malformed"/>; else null.</param>
public sealed record CustomsSimulationStep(long Sequence, CustomsScenario Scenario, CustomsFunction Function, int Amendment, int Lines,
    CustomsMalformation? Malformation);
