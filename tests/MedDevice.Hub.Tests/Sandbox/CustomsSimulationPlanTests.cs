using MedDevice.Hub.Core.Customs;
using MedDevice.Hub.Sandbox;
using MedDevice.Sandbox.Data.Customs;

namespace MedDevice.Hub.Tests.Sandbox;

public sealed class CustomsSimulationPlanTests
{
    [Fact]
    public void Step_FirstCycle_EveryScenarioThenAmendMalformedAndCancel()
    {
        var steps = Enumerable.Range(0, CustomsSimulationPlan.CycleLength).Select(i => CustomsSimulationPlan.Step(500, i)).ToList();

        steps.Select(s => (s.Scenario, s.Function)).ShouldBe([
            (CustomsScenario.Valid, CustomsFunction.Declare),
            (CustomsScenario.Unregistered, CustomsFunction.Declare),
            (CustomsScenario.Recalled, CustomsFunction.Declare),
            (CustomsScenario.PriceAnomalous, CustomsFunction.Declare),
            (CustomsScenario.Valid, CustomsFunction.Amend),
            (CustomsScenario.Malformed, CustomsFunction.Declare),
            (CustomsScenario.Valid, CustomsFunction.Declare),
            (CustomsScenario.Valid, CustomsFunction.Cancel)]);
        steps.Select(s => s.Sequence).ShouldBe([500L, 501, 502, 503, 500, 505, 506, 506]);
        steps[4].Amendment.ShouldBe(1);
        steps[4].Lines.ShouldBe(CustomsSimulationPlan.Lines + 1);
        steps.Where(s => s.Malformation is not null).ShouldHaveSingleItem().ShouldBeSameAs(steps[5]);
    }

    [Fact]
    public void Step_SecondCycle_AmendsAndCancelsItsOwnDeclarationsWithAnotherMalformation()
    {
        var first = CustomsSimulationPlan.Step(500, 5).Malformation;

        CustomsSimulationPlan.Step(500, 12).Sequence.ShouldBe(508);
        CustomsSimulationPlan.Step(500, 15).Sequence.ShouldBe(514);
        CustomsSimulationPlan.Step(500, 13).Malformation.ShouldNotBeNull().ShouldNotBe(first!.Value);
    }

    [Fact]
    public void Declaration_Amendment_SameBaseNumberAmendmentDigitOneAndTheOriginalLinesKept()
    {
        var generator = new CustomsDeclarationGenerator(CustomsSimulator.RegistrySize);
        var declared = CustomsSimulationPlan.Declaration(generator, CustomsSimulationPlan.Step(900, 0));

        var amended = CustomsSimulationPlan.Declaration(generator, CustomsSimulationPlan.Step(900, 4));

        amended.BaseNumber.ShouldBe(declared.BaseNumber);
        amended.AmendmentCount.ShouldBe(1);
        declared.AmendmentCount.ShouldBe(0);
        amended.Lines.Count.ShouldBe(declared.Lines.Count + 1);
        amended.ImporterTaxCode.ShouldBe(declared.ImporterTaxCode);
        amended.Lines.Take(declared.Lines.Count).Select(Key).ShouldBe(declared.Lines.Select(Key));
        amended.Lines[^1].Number.ShouldBe(CustomsSimulationPlan.Lines + 1);
    }

    private static (int, string, string?, decimal) Key(CustomsDeclarationLine line) => (line.Number, line.Udis[0], line.RegistrationNumber, line.UnitPrice);
}
