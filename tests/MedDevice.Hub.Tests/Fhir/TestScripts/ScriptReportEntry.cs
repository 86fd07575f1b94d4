namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>One executed action: where (setup, test id, teardown), what (operation code or assert kind), the outcome and why.</summary>
public sealed record ScriptReportEntry(string Phase, string Action, ScriptOutcome Outcome, string Detail)
{
    public override string ToString() => $"{Outcome,-7} {Phase,-28} {Action,-40} {Detail}";
}
