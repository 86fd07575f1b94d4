namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>What became of one TestScript action.</summary>
public enum ScriptOutcome
{
    /// <summary>The operation ran, or the assert held.</summary>
    Pass,

    /// <summary>A <c>warningOnly</c> assert did not hold.</summary>
    Warning,

    /// <summary>The assert did not hold (or the operation could not be sent).</summary>
    Fail,
}
