namespace MedDevice.Hub.Tests.Fhir.TestScripts;

/// <summary>The MIME types of the TestScript format codes.</summary>
public static class ScriptMedia
{
    public static string Of(string format) => format switch
    {
        "json" => "application/fhir+json",
        "xml" => "application/fhir+xml",
        _ => throw new NotSupportedException($"Format '{format}' is not supported by the runner."),
    };
}
