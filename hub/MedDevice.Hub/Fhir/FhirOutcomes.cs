using Hl7.Fhir.Model;

namespace MedDevice.Hub.Fhir;

/// <summary>Every FHIR API error is made here: an OperationOutcome with the right HTTP status.</summary>
public static class FhirOutcomes
{
    /// <summary>An error result.</summary>
    public static IResult Error(int status, OperationOutcome.IssueType issue, string diagnostics) =>
        Outcome(status, OperationOutcome.IssueSeverity.Error, issue, diagnostics);

    /// <summary>An OperationOutcome result with one issue.</summary>
    public static IResult Outcome(int status, OperationOutcome.IssueSeverity severity, OperationOutcome.IssueType issue, string diagnostics)
    {
        var outcome = new OperationOutcome
        {
            Issue = [new OperationOutcome.IssueComponent { Severity = severity, Code = issue, Diagnostics = diagnostics }],
        };
        return new FhirResponse(status, FhirJson.Serialize(outcome));
    }

    /// <summary>The result for a <see cref="FhirException"/>.</summary>
    public static IResult From(FhirException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Error(exception.Status, exception.Issue, exception.Message);
    }
}
