using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace MedDevice.Hub.Tests.Fhir.Infrastructure;

/// <summary>Assertions on raw FHIR HTTP answers.</summary>
public static class FhirAssert
{
    private static readonly BaseFhirJsonDeserializer Parser = new(ModelInfo.ModelInspector);

    /// <summary>
    /// The answer is <paramref name="status"/> with an <c>application/fhir+json</c> OperationOutcome whose first issue is an
    /// error (or fatal) of <paramref name="code"/> with diagnostics; returns the outcome.
    /// </summary>
    public static async Task<OperationOutcome> OutcomeAsync(HttpResponseMessage response, HttpStatusCode status, OperationOutcome.IssueType code)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/fhir+json", text);
        var outcome = Parser.DeserializeResource(text).ShouldBeOfType<OperationOutcome>();
        outcome.Issue.ShouldNotBeEmpty();
        outcome.Issue[0].Severity.ShouldBeOneOf(OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueSeverity.Fatal);
        outcome.Issue[0].Code.ShouldBe(code, text);
        outcome.Issue[0].Diagnostics.ShouldNotBeNullOrWhiteSpace();
        return outcome;
    }

    /// <summary>Parses a FHIR JSON answer body.</summary>
    public static async Task<Resource> ResourceAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Parser.DeserializeResource(await response.Content.ReadAsStringAsync());
    }
}
