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

    /// <summary>401: not authenticated.</summary>
    public static IResult Unauthenticated() => Error(401, OperationOutcome.IssueType.Login,
        "Not authenticated: present a registered client certificate, or 'Authorization: ApiKey <key>' where API keys are accepted.");

    /// <summary>403: the partner may not perform the interaction.</summary>
    public static IResult Forbidden(string partnerId, string what) => Error(403, OperationOutcome.IssueType.Forbidden,
        $"Partner '{partnerId}' may not perform '{what}'.");

    /// <summary>429: the partner's request rate limit is exhausted (the caller adds <c>Retry-After</c>).</summary>
    public static IResult Throttled() => Error(429, OperationOutcome.IssueType.Throttled,
        "The partner's request rate limit is exhausted; retry after the indicated delay.");

    /// <summary>504: the request took longer than the configured time-out.</summary>
    public static IResult TimedOut(int seconds) => Error(504, OperationOutcome.IssueType.Timeout,
        $"The request took longer than {seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} s.");

    /// <summary>True when the request is addressed to the FHIR API (errors there are OperationOutcomes).</summary>
    public static bool IsFhirRequest(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase);
    }
}
