using Hl7.Fhir.Model;
using MedDevice.Adapters.Refusals;
using Task = System.Threading.Tasks.Task;

namespace MedDevice.Hub.Fhir;

/// <summary>Refusals of the shared pipeline as OperationOutcomes, carried by the FHIR route groups.</summary>
public sealed class FhirRefusalWriter : IRefusalWriter
{
    /// <summary>The FHIR wording of a 401.</summary>
    public const string UnauthenticatedDiagnostics =
        "Not authenticated: present a registered client certificate, or 'Authorization: ApiKey <key>' where API keys are accepted.";

    /// <summary>The writer.</summary>
    public static FhirRefusalWriter Instance { get; } = new();

    /// <inheritdoc />
    public Task WriteAsync(HttpResponse response, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(refusal);
        var (issue, diagnostics) = refusal.Kind switch
        {
            RefusalKind.Unauthenticated => (OperationOutcome.IssueType.Login, UnauthenticatedDiagnostics),
            RefusalKind.Forbidden => (OperationOutcome.IssueType.Forbidden, refusal.Detail),
            RefusalKind.TooLarge => (OperationOutcome.IssueType.TooLong, refusal.Detail),
            RefusalKind.Throttled => (OperationOutcome.IssueType.Throttled, refusal.Detail),
            RefusalKind.TimedOut => (OperationOutcome.IssueType.Timeout, refusal.Detail),
            _ => (OperationOutcome.IssueType.Exception, refusal.Detail),
        };
        return FhirOutcomes.Error(refusal.Status, issue, diagnostics).ExecuteAsync(response.HttpContext);
    }
}
